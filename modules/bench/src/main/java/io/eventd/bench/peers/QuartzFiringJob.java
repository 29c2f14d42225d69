package io.eventd.bench.peers;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/** Every Quartz job of the bench: records its name, its instance, its scheduled fire time and NOW(6). */
public final class QuartzFiringJob implements Job {
    static final String DATA_SOURCE = "peers.firings";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            DataSource firings = (DataSource) context.getScheduler().getContext().get(DATA_SOURCE);
            FiringTable.record(firings, context.getJobDetail().getKey().getName(),
                    context.getScheduler().getSchedulerInstanceId(), context.getScheduledFireTime().toInstant());
        } catch (SchedulerException | SQLException e) {
            throw new JobExecutionException(e);
        }
    }
}
