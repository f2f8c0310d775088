-- The sweep for jobs whose instance stopped reads only the running ones, a handful at most.
create index print_job_running_ix on print_job (heartbeat_at) where state = 'RUNNING';
