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
        Properties info) {

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
            return new NlpModels(m[0], m[1], m[2], m[3], p);
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
            return new NlpModels(m[0], m[1], m[2], m[3], p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
