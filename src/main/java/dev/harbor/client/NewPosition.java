package dev.harbor.client;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new reading of the dials.
 *
 * @param anxiety fear of abandonment, need for reassurance: 1.0 to 7.0
 * @param avoidance discomfort with closeness, over-reliance on self: 1.0 to 7.0
 * @param relationship the relationship it describes
 * @param observedOn the day it describes
 */
public record NewPosition(BigDecimal anxiety, BigDecimal avoidance, Relationship relationship, LocalDate observedOn) {
}
