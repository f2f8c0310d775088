package dev.harbor.common.ui;

/**
 * A page that names itself with its own level-one heading (the dashboard's greeting, the
 * client's name). Every other page gets its title in the top bar as the level-one
 * heading, so that each page has exactly one.
 */
public interface HasOwnHeading {

}
