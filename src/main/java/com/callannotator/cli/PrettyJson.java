package com.callannotator.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.StringWriter;

/** Indents a JSON document token by token, so names, order and numbers stay exactly as received. */
final class PrettyJson {

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter().withSeparators(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    private PrettyJson() {
    }

    /** {@code json} indented; as received when it is not one JSON document. */
    static String indent(String json) {
        JsonFactory factory = JSON.std.getStreamingFactory();
        StringWriter text = new StringWriter();
        try (JsonParser parser = factory.createParser(json);
                JsonGenerator generator = factory.createGenerator(text).setPrettyPrinter(PRINTER)) {
            if (parser.nextToken() == null) {
                return json;
            }
            generator.copyCurrentStructure(parser);
            if (parser.nextToken() != null) {
                return json;
            }
        } catch (IOException e) {
            return json;
        }
        return text.toString();
    }
}
