package se.servicekontor.supplierinvoice;

/** How the VAT of one coding line is treated in the municipality's books. */
public enum VatTreatment {
    /** Ordinary deductible input VAT (avdragsgill moms, ML 2023:200 kap. 13). */
    DEDUCTIBLE,
    /** VAT refunded through the municipal compensation system (ersättningsmoms, lag 2005:807). */
    COMPENSATION,
    /** No VAT to deduct or recover: the VAT is part of the cost. */
    NONE
}
