package tr.hemsehri.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import tr.hemsehri.nlp.features.TextModel;

/**
 * The four trained models: category, department, urgency reason (incl. NONE) and out-of-scope institution (incl.
 * NONE). Loaded from {@code nlp-models/models/} on the classpath (or a directory); {@code models.properties} says
 * which features they were trained with.
 */
public record NlpModels(TextModel category, TextModel department, TextModel urgency, TextModel outOfScope,
        Properties info, TextModel categoryAux, double categoryWeight) {

    /** Optional second category model, combined as {@code w * P_category + (1 - w) * P_aux} (see models.properties). */
    public static final String AUX = "category-aux";

    public NlpModels(TextModel category, TextModel department, TextModel urgency, TextModel outOfScope, Properties info) {
        this(category, department, urgency, outOfScope, info, null, 1.0);
    }

    private static NlpModels withAux(TextModel[] m, Properties p, java.util.function.Function<String, InputStream> open)
            throws IOException {
        double w = Double.parseDouble(p.getProperty("category.weight", "1.0"));
        TextModel aux = null;
        if (w < 1.0) {
            try (InputStream in = open.apply(AUX + ".bin")) {
                if (in == null) {
                    throw new IOException("models.properties sets category.weight but " + AUX + ".bin is missing");
                }
                aux = TextModel.load(in, Boolean.parseBoolean(p.getProperty("charNgrams", "true")));
            }
        }
        return new NlpModels(m[0], m[1], m[2], m[3], p, aux, aux == null ? 1.0 : w);
    }

    public static final String CLASSPATH_DIR = "nlp-models/models/";
    public static final String[] NAMES = {"category", "department", "urgency", "oos"};

    public static NlpModels loadDefault() {
        ClassLoader cl = NlpModels.class.getClassLoader();
        try {
            Properties p = new Properties();
            try (InputStream in = cl.getResourceAsStream(CLASSPATH_DIR + "models.properties")) {
                if (in == null) {
                    throw new IOException("missing classpath resource " + CLASSPATH_DIR + "models.properties");
                }
                p.load(in);
            }
            boolean cg = Boolean.parseBoolean(p.getProperty("charNgrams", "true"));
            TextModel[] m = new TextModel[NAMES.length];
            for (int i = 0; i < NAMES.length; i++) {
                try (InputStream in = cl.getResourceAsStream(CLASSPATH_DIR + NAMES[i] + ".bin")) {
                    if (in == null) {
                        throw new IOException("missing classpath resource " + CLASSPATH_DIR + NAMES[i] + ".bin");
                    }
                    m[i] = TextModel.load(in, cg);
                }
            }
            return withAux(m, p, name -> cl.getResourceAsStream(CLASSPATH_DIR + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NlpModels load(Path dir) {
        try {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(dir.resolve("models.properties"))) {
                p.load(in);
            }
            boolean cg = Boolean.parseBoolean(p.getProperty("charNgrams", "true"));
            TextModel[] m = new TextModel[NAMES.length];
            for (int i = 0; i < NAMES.length; i++) {
                try (InputStream in = Files.newInputStream(dir.resolve(NAMES[i] + ".bin"))) {
                    m[i] = TextModel.load(in, cg);
                }
            }
            return withAux(m, p, name -> {
                try {
                    return Files.newInputStream(dir.resolve(name));
                } catch (IOException e) {
                    return null;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
