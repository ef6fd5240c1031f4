package tr.hemsehri.nlp;

/**
 * The message belongs to another institution. {@code institution} is a stable code (ELECTRICITY, NATURAL_GAS,
 * HEALTH, POLICE, JUSTICE, TELECOM, CENTRAL_GOVERNMENT); {@code referral} is the Turkish text we send the citizen.
 */
public record OutOfScope(String institution, String institutionName, String phone, String referral) {
}
