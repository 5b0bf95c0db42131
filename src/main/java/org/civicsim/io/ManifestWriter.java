package org.civicsim.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import org.civicsim.scenario.Choice;
import org.civicsim.scenario.Derived;
import org.civicsim.scenario.Names;

/**
 * Writes {@code manifest.json}. The scenario is written as it would be in a scenario file:
 * snake_case keys as the loader spells them, choices by their file spelling ({@code
 * protect-statutory}), optional keys that are absent left out, and the loader's derived values
 * ({@link Derived}) omitted, so that the scenario part of a manifest can be loaded again to repeat
 * the run.
 */
public final class ManifestWriter {
  private static final ObjectMapper MAPPER = mapper();

  private ManifestWriter() {}

  /** Writes the manifest atomically. */
  public static void write(Path target, Manifest manifest) throws IOException {
    AtomicFile.write(
        target,
        out -> {
          MAPPER.writeValue(out, manifest);
          out.write('\n');
        });
  }

  /** The manifest as JSON text. */
  public static String toJson(Manifest manifest) throws IOException {
    return MAPPER.writeValueAsString(manifest);
  }

  private static ObjectMapper mapper() {
    SimpleModule scenarioFile = new SimpleModule("scenario-file");
    scenarioFile.addSerializer(Choice.class, new ChoiceSerializer());
    scenarioFile.setSerializerModifier(new DerivedOmitter());
    return JsonMapper.builder()
        .propertyNamingStrategy(new ScenarioKeys())
        .defaultPropertyInclusion(JsonInclude.Value.construct(Include.NON_NULL, Include.NON_NULL))
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .addModule(scenarioFile)
        .build();
  }

  /**
   * Names properties as scenario files spell keys: Jackson's snake case, plus an underscore before
   * a number that follows a lower-case word ({@code workersPer10k} is {@code workers_per_10k}). The
   * manifest round-trip test checks that this agrees with the loader.
   */
  private static final class ScenarioKeys extends PropertyNamingStrategies.NamingBase {
    private static final long serialVersionUID = 1L;

    @Override
    public String translate(String name) {
      return Names.snake(name);
    }
  }

  /** Writes a choice as it is spelled in scenario files. */
  private static final class ChoiceSerializer extends JsonSerializer<Choice> {
    @Override
    public void serialize(Choice value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(value.label());
    }
  }

  /** Leaves out the record components that the loader derives rather than reads. */
  private static final class DerivedOmitter extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(
        SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> properties) {
      Class<?> type = bean.getBeanClass();
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          if (component.isAnnotationPresent(Derived.class)) {
            properties.removeIf(p -> p.getMember().getName().equals(component.getName()));
          }
        }
      }
      return properties;
    }
  }
}
