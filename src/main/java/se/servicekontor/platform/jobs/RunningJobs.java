package se.servicekontor.platform.jobs;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Which runs are executing in this JVM right now. Needed because Spring Batch 6's
 * {@code JobOperator#stop} writes STOPPED (with an end time) to the repository at once, while the job's
 * thread goes on to the end of its current chunk: the repository alone cannot tell "stopped" from
 * "stopping", and a restart in that window would run the same instance twice. Every job bean gets this
 * listener; Körningar shows such a run as STOPPING and refuses to restart or abandon it until it has ended.
 */
@Component
class RunningJobs implements BeanPostProcessor, JobExecutionListener {

    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            job.registerJobExecutionListener(this);
        }
        return bean;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        running.add(jobExecution.getId());
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        running.remove(jobExecution.getId());
    }

    boolean isRunningHere(long executionId) {
        return running.contains(executionId);
    }
}
