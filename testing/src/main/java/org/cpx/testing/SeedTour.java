package org.cpx.testing;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cpx.core.Count;
import org.cpx.core.LocalizedText;
import org.cpx.core.RecordType;
import org.cpx.core.Source;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.event.Attendance;
import org.cpx.core.event.Event;
import org.cpx.core.outcome.Commitment;
import org.cpx.core.outcome.Declaration;

/**
 * Prints the seed dataset as CPX sees it: its records, each event with its date and attendance, the
 * declarations adopted at it and the commitments that answer them. The first argument is the
 * reader's language ({@code en}, the default, or {@code vi}).
 */
public final class SeedTour {
  private final Dataset dataset = SeedData.dataset();
  private final Locale locale;
  private final PrintStream out;

  private SeedTour(Locale locale, PrintStream out) {
    this.locale = locale;
    this.out = out;
  }

  /** Prints the tour to standard output in UTF-8. */
  public static void main(String[] args) {
    Locale locale = Locale.forLanguageTag(args.length > 0 ? args[0] : "en");
    new SeedTour(locale, new PrintStream(System.out, true, StandardCharsets.UTF_8)).print();
  }

  private void print() {
    out.println(text(dataset.getPublisher().orElseThrow().getName()) + " — CPX " + dataset.getCpx());
    for (RecordType type : RecordType.values()) {
      long count = dataset.records().stream().filter(record -> record.getType() == type).count();
      out.printf("  %-16s %3d%n", type.getArrayName(), count);
    }
    for (Event event : dataset.getEvents()) {
      if (event.getPartOf().isPresent()) {
        continue;
      }
      out.println();
      String when = event.getPeriod().flatMap(period -> period.getStart()).map(Object::toString).orElse("(no date)");
      out.println(when + "  " + text(event.getTitle()));
      event.getAttendance().ifPresent(this::printAttendance);
      for (Event part : dataset.index().subEvents(event.getId())) {
        out.println("    part: " + text(part.getTitle()));
      }
      for (Declaration declaration : dataset.index().declarationsAdoptedAt(event.getId())) {
        int articles = declaration.getArticles().size();
        out.println("    adopted: " + text(declaration.getTitle()) + (articles > 0 ? " (" + articles + " articles)" : ""));
        for (Commitment commitment : dataset.index().commitmentsAnswering(declaration.getId())) {
          out.println("      [" + commitment.currentStatus() + "] " + text(commitment.getText()));
        }
      }
      if (event.getPeriod().flatMap(period -> period.getStart()).flatMap(date -> date.getQualifier()).isPresent()) {
        for (Source source : event.getSources()) {
          source.getNote().ifPresent(note -> out.println("    source: " + text(note)));
        }
      }
    }
  }

  private void printAttendance(Attendance attendance) {
    attendance.getTotal().ifPresent(total -> out.println("    attendance: " + describe(total)));
    attendance.getCountries().ifPresent(countries -> out.println("    countries: " + describe(countries)));
    attendance.getBreakdown().forEach(group -> group.getCount().ifPresent(count ->
        out.println("    " + group.getCategory().map(Object::toString).orElse("group") + ": " + describe(count))));
  }

  private static String describe(Count count) {
    return count.getQualifier() + " " + count.getValue() + " (between " + count.lowerBound() + " and "
        + (count.upperBound().isPresent() ? count.upperBound().getAsLong() : "no upper bound") + ")";
  }

  private String text(LocalizedText text) {
    return dataset.text(text, locale);
  }
}
