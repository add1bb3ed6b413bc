package se.servicekontor.payroll.payrun;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Test hook, registered by the tests that need it (not a scanned component): every pay run writer the step
 * scope creates is wrapped so its writes pass {@link WriteGate#GATE} first.
 */
public class GatedWriters implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof PayRunWriter writer && !(bean instanceof Gated))
            return new Gated(writer);
        return bean;
    }

    static final class Gated extends PayRunWriter {
        private final PayRunWriter delegate;

        Gated(PayRunWriter delegate) {
            super(null, 0);
            this.delegate = delegate;
        }

        @Override
        public void write(Chunk<? extends EmployeePay> chunk) {
            WriteGate.GATE.beforeWrite();
            delegate.write(chunk);
        }
    }
}
