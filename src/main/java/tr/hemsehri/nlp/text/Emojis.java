package tr.hemsehri.nlp.text;

/** Which code points {@link TurkishNormalizer} counts as emojis, and the tone each one carries. */
final class Emojis {

    private static final String POSITIVE = "👏🙏❤💙💚💛🧡💜🤍🖤💐🌹🌸🌷😊🙂😀😃😄😁🥰😍🤗👍👌✨⭐🌟💯🎉🥳☺✌🤝💪";
    private static final String NEGATIVE = "😡😠🤬👎😤😒😞😢😭💔🙄😩😫🤮🤢😔😕☹😑😐🤦🤷😖😣🥵💩";
    private static final String ALARM = "⚠🚨🔥🆘❗❕‼🚑🚒🚓💥🌊⛈🌪";

    private Emojis() {
    }

    static boolean isEmoji(int cp) {
        if (cp == 0xFE0F || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
            return false;
        }
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2190 && cp <= 0x21FF)
                || (cp >= 0x2B00 && cp <= 0x2BFF) || cp == 0x203C || cp == 0x2049
                || Character.getType(cp) == Character.OTHER_SYMBOL;
    }

    /** pos / neg / alarm / other. */
    static String emojiClass(int cp) {
        String s = new String(Character.toChars(cp));
        if (POSITIVE.contains(s)) {
            return "pos";
        }
        if (NEGATIVE.contains(s)) {
            return "neg";
        }
        if (ALARM.contains(s)) {
            return "alarm";
        }
        return "other";
    }
}
