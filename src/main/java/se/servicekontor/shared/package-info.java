/**
 * Value types used by every module: amounts, organisation numbers, personal identity numbers, giro
 * numbers, bank accounts, pay periods and the Swedish bank-day calendar. Plain Java, no Spring.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package se.servicekontor.shared;

import org.springframework.modulith.ApplicationModule;
