package org.cpx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.cpx.core.Id;
import org.cpx.core.event.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every Java block of {@code docs/getting-started.md}, compiled and run as it is written there.
 * A block of statements runs as the body of a method (its leading imports stay imports); a block
 * that declares a class is compiled as it is, and a Spring configuration is started.
 */
class GettingStartedTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PUBLIC_CLASS = Pattern.compile("(?m)^public class (\\w+)");

  @TempDir
  Path classes;

  /** One Java block: the class it becomes and its source. */
  private record Snippet(String className, String source, boolean statements) {}

  private static List<Snippet> snippets() throws IOException {
    String guide = Files.readString(Paths.get(System.getProperty("cpx.project.dir", "..")).resolve("docs/getting-started.md"));
    List<Snippet> snippets = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(guide);
    while (block.find()) {
      String code = block.group(1);
      Matcher declared = PUBLIC_CLASS.matcher(code);
      if (declared.find()) {
        snippets.add(new Snippet(declared.group(1), code, false));
        continue;
      }
      StringBuilder imports = new StringBuilder();
      StringBuilder body = new StringBuilder();
      code.lines().forEach(line -> (line.startsWith("import ") ? imports : body).append(line).append('\n'));
      String name = "GettingStarted" + (snippets.size() + 1);
      snippets.add(new Snippet(name, imports + "public class " + name + " {\n  public static void run() throws Exception {\n"
          + body + "  }\n}\n", true));
    }
    return snippets;
  }

  @Test
  void everyJavaBlockCompilesAndRuns() throws Exception {
    List<Snippet> snippets = snippets();
    assertThat(snippets).as("the guide's Java blocks").hasSizeGreaterThanOrEqualTo(4);
    compile(snippets);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      for (Snippet snippet : snippets) {
        Class<?> type = loader.loadClass(snippet.className());
        if (snippet.statements()) {
          run(type, snippet);
        } else {
          startSpring(type);
        }
      }
    }
  }

  private void compile(List<Snippet> snippets) throws IOException {
    Path sources = Files.createDirectories(classes.resolve("sources"));
    List<File> files = new ArrayList<>();
    for (Snippet snippet : snippets) {
      Path file = sources.resolve(snippet.className() + ".java");
      Files.writeString(file, snippet.source());
      files.add(file.toFile());
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, null, null)) {
      String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      List<String> options = List.of("-proc:none", "-classpath", classPath, "-d", classes.toString());
      boolean compiled = compiler.getTask(null, manager, diagnostics, options, null, manager.getJavaFileObjectsFromFiles(files)).call();
      assertThat(compiled).as("the guide's Java compiles: %s", diagnostics.getDiagnostics()).isTrue();
    }
  }

  private static void run(Class<?> type, Snippet snippet) throws Exception {
    try {
      type.getMethod("run").invoke(null);
    } catch (InvocationTargetException e) {
      throw new AssertionError("the guide's block " + snippet.className() + " failed:\n" + snippet.source(), e.getCause());
    }
  }

  /** Starts a configuration of the guide and reads and writes an event with the mapper its module bean makes. */
  private static void startSpring(Class<?> configuration) throws IOException {
    String json = "{\"type\":\"event\",\"id\":\"seed:e\",\"title\":{\"en\":\"Dialogue\"}}";
    try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(configuration)) {
      if (!context.getBeansOfType(Module.class).isEmpty()) {
        ObjectMapper mapper = new ObjectMapper().registerModule(context.getBean(Module.class));
        Event event = mapper.readValue(json, Event.class);
        assertThat(event.getId()).isEqualTo(Id.of("seed:e"));
        assertThat(mapper.readTree(mapper.writeValueAsString(event)).get("title").get("en").asText()).isEqualTo("Dialogue");
      } else {
        JsonMapper mapper = JsonMapper.builder().addModule(context.getBean(JacksonModule.class)).build();
        Event event = mapper.readValue(json, Event.class);
        assertThat(event.getId()).isEqualTo(Id.of("seed:e"));
        assertThat(mapper.readTree(mapper.writeValueAsString(event)).get("title").get("en").asString()).isEqualTo("Dialogue");
      }
    }
  }
}
