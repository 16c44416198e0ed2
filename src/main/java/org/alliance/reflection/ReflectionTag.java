package org.alliance.reflection;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a therapist may tag a reflection note with: a closed list of kinds of
 * countertransference, so that the patterns page counts like with like across clients and
 * months (free tags would split one feeling over several spellings; what does not fit a
 * tag belongs in the note's text). The list follows the eight dimensions of the Therapist
 * Response Questionnaire (Betan, Heim, Zittel Conklin & Westen 2005, Am J Psychiatry
 * 162:890–898: overwhelmed/disorganized, helpless/inadequate, positive,
 * special/overinvolved, sexualized, disengaged, parental/protective,
 * criticized/mistreated), named in a therapist's words, with the hostile/angry dimension
 * of the TRQ's Swedish validation added as irritation.
 */
public enum ReflectionTag {

	/** Disengaged: bored, distracted, sleepy, watching the clock. */
	BOREDOM("boredom", "boredom, disengagement"),

	/** Hostile/angry: irritated, impatient, annoyed with the client. */
	IRRITATION("irritation", "irritation, anger"),

	/** Parental/protective: wanting to protect or nurture the client. */
	PROTECTIVENESS("protectiveness", "protectiveness"),

	/**
	 * Special/overinvolved: the client feels special; running over time, self-disclosing,
	 * feeling responsible or guilty.
	 */
	OVER_INVOLVEMENT("over-involvement", "over-involvement"),

	/** Helpless/inadequate: incompetent, hopeless, anxious about the work. */
	HELPLESSNESS("helplessness", "helplessness, inadequacy"),

	/** Overwhelmed/disorganized: dread, wanting to flee or avoid the client. */
	OVERWHELM("overwhelm", "overwhelm, dread"),

	/** Criticized/mistreated: unappreciated, devalued, dismissed by the client. */
	FEELING_CRITICISED("feeling-criticised", "feeling criticised or devalued"),

	/** Positive: warmth, closeness, a good working alliance. */
	WARMTH("warmth", "warmth, closeness"),

	/** Sexualized: sexual feelings or tension. */
	ATTRACTION("attraction", "attraction, sexual feelings");

	/** The message for a tag not on the list, naming the list. */
	public static final String CHOICES = "Use one of: "
			+ Arrays.stream(values()).map(ReflectionTag::wireName).collect(Collectors.joining(", ")) + ".";

	private final String wireName;

	private final String label;

	ReflectionTag(String wireName, String label) {
		this.wireName = wireName;
		this.label = label;
	}

	/** The tag in the API and the database, e.g. {@code over-involvement}. */
	public String wireName() {
		return this.wireName;
	}

	/** The tag in a therapist's words, e.g. "irritation, anger". */
	public String label() {
		return this.label;
	}

	/** The tag with the wire name, ignoring case and surrounding blanks. */
	public static Optional<ReflectionTag> fromWire(String wire) {
		if (wire == null) {
			return Optional.empty();
		}
		String wanted = wire.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((t) -> t.wireName.equals(wanted)).findFirst();
	}

}
