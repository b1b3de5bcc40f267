package org.cpx.testing.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** How each {@link Damage} is done: to the trees of a {@link Model}, or to the written bytes. */
final class Damages {
  private static final String[] TYPES = {
    "organization", "network", "person", "event", "declaration", "recommendation", "commitment"
  };

  private final Model model;
  private final SplittableRandom random;

  Damages(Model model, SplittableRandom random) {
    this.model = model;
    this.random = random;
  }

  /** Whether {@code damage} is done to the written bytes rather than to the trees. */
  static boolean onBytes(Damage damage) {
    return switch (damage) {
      case BOM, BOM_ON_LINE, LINES_CR, LINES_CRLF, LINES_BLANK, LINE_BROKEN, LINES_JOINED, TRUNCATED,
          TRAILING_GARBAGE -> true;
      default -> false;
    };
  }

  private String oneOf(String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private <T> @Nullable T pick(List<T> choices) {
    return choices.isEmpty() ? null : choices.get(random.nextInt(choices.size()));
  }

  /** A site that fits, never a record's {@code type} (the RECORD_TYPE kinds damage that, form by form). */
  private @Nullable Site site(Predicate<Site> fits) {
    return pick(Site.all(model).stream().filter(s -> !(s.depth() == 1 && "type".equals(s.key()))).filter(fits).toList());
  }

  /** Objects records hold (the records themselves too) that are not LocalizedText. */
  private @Nullable Site object(Predicate<Site> fits) {
    return site(s -> s.value().isObject() && !Schema.isLocalizedText(s.value()) && fits.test(s));
  }

  private List<ObjectNode> records(String type) {
    return model.records.stream().map(entry -> entry.node)
        .filter(node -> node instanceof ObjectNode && type.equals(node.path("type").asText(null)))
        .map(ObjectNode.class::cast).toList();
  }

  private @Nullable ObjectNode record(String type) {
    return pick(records(type));
  }

  /** Changes a record of {@code type}; whether there was one. */
  private boolean withRecord(String type, java.util.function.Consumer<ObjectNode> change) {
    ObjectNode record = record(type);
    if (record != null) {
      change.accept(record);
    }
    return record != null;
  }

  private List<Model.Entry> objectRecords() {
    return model.records.stream().filter(entry -> entry.node.isObject()).toList();
  }

  private static ObjectNode text(String en, String vi) {
    return Model.NODES.objectNode().put("vi", vi).put("en", en);
  }

  /** A person to damage, added when the dataset has none. */
  private ObjectNode person() {
    ObjectNode person = record("person");
    if (person != null) {
      return person;
    }
    ObjectNode added = Model.NODES.objectNode().put("type", "person").put("id", "mutant:person").put("name", "Nguyễn Văn An");
    added.putArray("sources").addObject().put("url", "https://example.org/");
    int at = model.in("persons").isEmpty() ? model.records.size() : model.records.indexOf(model.in("persons").get(0));
    model.records.add(Math.min(at, model.records.size()), new Model.Entry("persons", added));
    return added;
  }

  /** Does {@code damage} to the trees; whether it found a place to do it. */
  boolean apply(Damage damage) {
    return switch (damage) {
      case MEMBER_REMOVED -> remove(site(s -> s.isMember() && !s.value().asText().startsWith("@@")));
      case REQUIRED_MEMBER_REMOVED -> remove(site(s -> s.record() >= 0 && s.isMember()
          && Schema.REQUIRED.contains(s.name()) && !Schema.isLocalizedText(s.container())));
      case ID_REMOVED -> remove(site(s -> s.depth() == 1 && "id".equals(s.key())));
      case MEMBER_NULL -> replace(site(Site::isMember), Model.NODES.nullNode());
      case REQUIRED_LIST_EMPTY -> replace(site(s -> "committedBy".equals(s.key()) && s.value().isArray()),
          Model.NODES.arrayNode());
      case LIST_EMPTY -> replace(site(s -> s.isMember() && s.value().isArray() && !s.value().isEmpty()),
          Model.NODES.arrayNode());
      case OBJECT_EMPTY -> replace(site(s -> s.depth() > 1 && s.value().isObject() && !s.value().isEmpty()),
          Model.NODES.objectNode());
      case STRING_FOR_OBJECT -> replace(site(s -> s.isMember() && s.value().isObject()), Model.NODES.textNode("Hà Nội"));
      case OBJECT_FOR_STRING -> replaceWith(site(s -> s.value().isTextual() && !"type".equals(s.key())),
          s -> Model.NODES.objectNode().set("value", s.value()));
      case NUMBER_FOR_STRING -> replace(site(s -> s.value().isTextual() && !"type".equals(s.key())),
          Model.NODES.numberNode(random.nextInt(-1, 2025)));
      case BOOLEAN_FOR_VALUE -> replace(site(s -> !"type".equals(s.key())), Model.NODES.booleanNode(random.nextBoolean()));
      case SCALAR_FOR_LIST -> replaceWith(site(s -> s.isMember() && s.value().isArray() && !s.value().isEmpty()),
          s -> s.value().get(0));
      case LIST_FOR_SCALAR -> replaceWith(site(s -> s.value().isValueNode() && !"type".equals(s.key())),
          s -> Model.NODES.arrayNode().add(s.value()));
      case NULL_IN_LIST -> insertNull(site(s -> s.value().isArray() && !s.value().isEmpty()));
      case NULL_RECORD -> replaceRecord(Model.NODES.nullNode());
      case RECORD_NOT_OBJECT -> replaceRecord(oneOf("text", "number", "array").equals("text")
          ? Model.NODES.textNode("organization")
          : random.nextBoolean() ? Model.NODES.numberNode(7) : Model.NODES.arrayNode().add(Model.NODES.objectNode()));
      case RECORD_TYPE_NOT_STRING -> retype(entry -> true, entry -> Model.NODES.numberNode(5), false);
      case RECORD_TYPE_OF_OTHER_ARRAY -> retype(entry -> !entry.array.equals("otherRecords"), entry -> {
        String own = Model.ARRAYS.get(entry.array);
        String other;
        do {
          other = oneOf(TYPES);
        } while (other.equals(own));
        return Model.NODES.textNode(other);
      }, false);
      case RECORD_TYPE_REMOVED -> retype(entry -> entry.node.has("type"), entry -> null, false);
      case RECORD_TYPE_UNKNOWN -> retype(entry -> true, entry -> Model.NODES.textNode(oneOf("grant", "report", "xPlace")), true);
      case OTHER_RECORD_OF_KNOWN_TYPE -> move(pick(objectRecords().stream()
          .filter(entry -> !entry.array.equals("otherRecords") && entry.node.path("type").isTextual()).toList()));
      case ID_EMPTY -> replace(site(s -> s.depth() == 1 && "id".equals(s.key())), Model.NODES.textNode(""));
      case ID_BROKEN -> replace(site(s -> s.depth() == 1 && "id".equals(s.key())), Model.NODES.textNode(
          oneOf("bad id", "-x", "x".repeat(201), "é:1", "a\u0007b", "a\tb", "a#b")));
      case REFERENCE_NOT_ID -> replace(site(Site::isReference), Model.NODES.textNode(oneOf("not an id", "", "_x", "a?b")));
      case TEXT_EMPTY -> replace(site(Site::isText), Model.NODES.textNode(""));
      case TEXT_BLANK -> replace(site(Site::isText), Model.NODES.textNode(oneOf(" ", "\u00a0 \ufeff", "\n\t ", "\u3000")));
      case TEXT_NFD -> replaceWith(site(Site::isText), s -> Model.NODES.textNode(
          Normalizer.normalize("Bảo vệ trẻ em Việt Nam " + s.value().asText(), Normalizer.Form.NFD)));
      case TEXT_PADDED -> replaceWith(site(Site::isText), s -> Model.NODES.textNode(
          oneOf(" ", "\ufeff", "\u00a0\t", "\n ") + s.value().asText() + oneOf(" ", "\u2003", "\ufeff", "\r\n")));
      case TEXT_CONTROL_CHARACTER -> replaceWith(site(Site::isText), s -> Model.NODES.textNode(
          s.value().asText() + oneOf("\u0000", "\u0001", "\u001b", "\u007f", "\r", "\u0085", "\u000b") + "x"));
      case TEXT_CRLF -> replaceWith(site(Site::isText), s -> Model.NODES.textNode(s.value().asText() + "\r\ndòng hai"));
      case LANGUAGE_TAG_BROKEN -> localizedText(lt -> lt.put(oneOf("en_GB", "", "e", "123", "en-", "vi--VN", "x y"), "Xin chào"));
      case LANGUAGE_TAG_DUPLICATE -> localizedText(lt -> {
        String tag = lt.fieldNames().next();
        lt.put(tag.toUpperCase(java.util.Locale.ROOT), "Trùng");
      });
      case LANGUAGE_ENTRY_NULL -> localizedText(lt -> lt.putNull(random.nextBoolean() ? lt.fieldNames().next() : "fr"));
      case DATE_EMPTY -> replace(date(), Model.NODES.textNode(""));
      case DATE_BROKEN -> replace(date(), Model.NODES.textNode(
          oneOf("2023-02-30", "10000", "2023-13", "2023-1-5", "2023?~", "1900-02-29", "-2023", "2023-00", "20230101")));
      case TIMESTAMP_BROKEN -> {
        model.header.put("generatedAt", oneOf("2026-11-22T10:00:60Z", "2026-11-22", "2026-11-22T10:00:00",
            "2026-11-22T10:00:00.1234567890Z", "9999-12-31T23:59:59-01:00", "2026-02-30T10:00:00Z", "", "0000-01-01T00:00:00+01:00"));
        yield true;
      }
      case PERIOD_REVERSED -> {
        Site period = object(s -> "period".equals(s.key()));
        ObjectNode target = period != null ? (ObjectNode) period.value() : eventWith("period");
        if (target == null) {
          yield false;
        }
        target.put("start", "2024-06-30").put("end", oneOf("2024-06-01", "2023", "2024-05"));
        yield true;
      }
      case COUNT_BROKEN -> replace(count(), oneOf("-1", "1.5", "text", "1e3", "bool").equals("text")
          ? Model.NODES.textNode("500")
          : random.nextBoolean() ? Model.NODES.numberNode(-1) : Model.NODES.numberNode(new BigDecimal(oneOf("1.5", "1E+3", "2.0"))));
      case COUNT_TOO_LARGE -> replace(count(), Model.NODES.numberNode(new BigInteger(oneOf("9007199254740992", "99999999999999999999"))));
      case COUNT_QUALIFIER_UNKNOWN -> replace(count(), Model.NODES.objectNode().put("value", 5).put("qualifier", oneOf("roughly", "Exact", "")));
      case AMOUNT_BROKEN -> replaceWith(money(), s -> random.nextInt(4) == 0 ? Model.NODES.numberNode(1500)
          : Model.NODES.textNode(oneOf("1,500", "01", "1.", "-5", "1e3", " 5", ".5")));
      case AMOUNT_EMPTY -> replace(money(), Model.NODES.textNode(""));
      case CURRENCY_UNKNOWN -> replace(member("currency", this::addBudget), Model.NODES.textNode(oneOf("XXY", "usd", "VNDX", "DEM")));
      case COUNTRY_UNKNOWN -> replace(member("country", () -> false), Model.NODES.textNode(oneOf("UK", "vn", "XX", "EU", "")));
      case AREA_UNKNOWN -> replace(area(), Model.NODES.textNode(oneOf("999", "Asia", "EU", "GLOBAL", "01")));
      case SUBDIVISION_BROKEN -> replace(random.nextBoolean() ? member("subdivision", () -> false) : area(),
          Model.NODES.textNode(oneOf("-VN", "XK-01", "VN-", "FR-HN", "VN-ABCD", "vn-hn")));
      case URL_BROKEN -> replace(url(), Model.NODES.textNode(oneOf("https://:80/", "ftp://example.org/", "https://a:x/",
          "https://[::1/", "example.org", "https://exa mple.org/", "http:/x.org", "")));
      case CONTACT_BROKEN -> replace(site(s -> "value".equals(s.key()) && "contactPoints".equals(s.parent())),
          Model.NODES.textNode(oneOf("not a number", "12", "@", "+1 (", "a@b", "1234567", "ftp://x")));
      case IDENTIFIER_SCHEME_BROKEN -> {
        Site scheme = site(s -> "scheme".equals(s.key()));
        if (scheme != null) {
          scheme.replace(Model.NODES.textNode(oneOf("Org ID", "-x", "org--id", "")));
          yield true;
        }
        ObjectNode organization = record("organization");
        if (organization == null) {
          yield false;
        }
        organization.withArray("identifiers").addObject().put("scheme", oneOf("Org ID", "-x", "org--id")).put("value", "1");
        yield true;
      }
      case PARTY_BOTH -> party(p -> {
        if (p.has("actor")) {
          p.put("group", "donors");
        } else {
          p.put("actor", actorId());
        }
      });
      case PARTY_NEITHER -> party(p -> {
        p.removeAll();
        if (random.nextBoolean()) {
          p.set("label", text("Donors", "Nhà tài trợ"));
        }
      });
      case SDG_UNKNOWN -> {
        Site target = site(s -> "sdgTargets".equals(s.member()) && !s.isMember());
        if (target != null) {
          target.replace(Model.NODES.textNode(oneOf("16.11", "18.1", "16.2a", "", "5.3 ")));
          yield true;
        }
        ObjectNode event = record("event");
        if (event == null) {
          yield false;
        }
        event.withArray("sdgTargets").add("16.11");
        yield true;
      }
      case CODE_EMPTY -> replace(site(Site::isCode), Model.NODES.textNode(""));
      case CODE_UNKNOWN -> replace(site(Site::isCode), Model.NODES.textNode(oneOf("futureValue", "Summit", "other2")));
      case VERSION_MISSING -> {
        model.header.remove("cpx");
        yield true;
      }
      case VERSION_MALFORMED -> put(model.header, "cpx", Model.NODES.textNode(oneOf("1", "v1.0", "1.0.0", "", "1.x")));
      case VERSION_NOT_STRING -> put(model.header, "cpx", random.nextBoolean()
          ? Model.NODES.numberNode(new BigDecimal("1.0")) : Model.NODES.numberNode(1));
      case VERSION_HIGHER_MINOR -> put(model.header, "cpx", Model.NODES.textNode(oneOf("1.7", "1.12")));
      case VERSION_OTHER_MAJOR -> put(model.header, "cpx", Model.NODES.textNode(oneOf("2.0", "0.9", "10.1")));
      case PUBLISHER_BROKEN -> put(model.header, "publisher", switch (random.nextInt(4)) {
        case 0 -> Model.NODES.objectNode();
        case 1 -> Model.NODES.objectNode().put("id", "x");
        case 2 -> Model.NODES.textNode("Publisher");
        default -> Model.NODES.objectNode().put("name", 5);
      });
      case LANGUAGES_BROKEN -> {
        ArrayNode languages = model.header.withArray("languages");
        if (random.nextBoolean()) {
          languages.add(oneOf("en_GB", "", "e", "vi--VN"));
        } else {
          languages.add(5);
        }
        yield true;
      }
      case MEMBER_UNKNOWN -> unknownMember(oneOf("futureMember", "remarks", "nameX", "Type"), value());
      case MEMBER_EXTENSION -> unknownMember("x-" + oneOf("source-note", "internal", "flags"), value());
      case MEMBER_UNKNOWN_NUMBERS -> unknownMember("x-measures", Model.NODES.textNode(model.raw(
          "[0.10,1e400,-0,1E-999,12345678901234567890123,2.50e-3,-0.0]".getBytes(StandardCharsets.US_ASCII))));
      case PERSONAL_DATA -> personalData();
      case LIMIT_DEPTH -> limit(record -> {
        JsonNode deep = Model.NODES.textNode("bottom");
        for (int i = 0; i < 64 + random.nextInt(1, 8); i++) {
          deep = random.nextBoolean() ? Model.NODES.arrayNode().add(deep) : Model.NODES.objectNode().set("d", deep);
        }
        record.set("x-deep", deep);
      });
      case LIMIT_STRING -> limit(record -> record.put("x-long", random.nextBoolean()
          ? "a".repeat((1 << 20) + 1) : "ạ".repeat((1 << 20) / 3 + 1)));
      case LIMIT_NAME -> limit(record -> record.put((random.nextBoolean() ? "n" : "ạ").repeat(257), 1));
      case LIMIT_NUMBER -> limit(record -> record.put("x-number", new BigInteger("9".repeat(65 + random.nextInt(3)))));
      case LIMIT_RECORD_SIZE -> limit(record -> {
        ArrayNode padding = record.putArray("x-padding");
        for (int i = 0; i < 9; i++) {
          padding.add("p".repeat(950_000));
        }
      });
      case LIMIT_UNKNOWN_MEMBERS -> limit(record -> {
        for (int i = 0; i <= 10_000; i++) {
          record.put("u" + i, i);
        }
      });
      case REFERENCE_DANGLING -> replace(site(Site::isReference), Model.NODES.textNode("gone:" + random.nextInt(100)));
      case REFERENCE_WRONG_TYPE -> {
        Site reference = site(Site::isReference);
        if (reference == null) {
          yield false;
        }
        Set<String> allowed = Schema.REFERENCES.get(reference.member());
        List<String> wrong = new ArrayList<>();
        for (String type : TYPES) {
          if (!allowed.contains(type)) {
            records(type).stream().map(r -> r.path("id")).filter(JsonNode::isTextual).map(JsonNode::asText).forEach(wrong::add);
          }
        }
        yield replace(wrong.isEmpty() ? null : reference, Model.NODES.textNode(wrong.isEmpty() ? "" : pick(wrong)));
      }
      case ID_DUPLICATE -> {
        List<Site> ids = Site.all(model).stream().filter(s -> s.depth() == 1 && "id".equals(s.key()) && s.record() >= 0).toList();
        if (ids.size() < 2) {
          yield false;
        }
        Site first = pick(ids);
        Site second = pick(ids);
        yield first != second && replace(second, first.value().deepCopy());
      }
      case REFERENCE_TO_BROKEN_RECORD -> {
        Site reference = site(Site::isReference);
        if (reference == null) {
          yield false;
        }
        ObjectNode target = objectRecords().stream().map(entry -> (ObjectNode) entry.node)
            .filter(r -> reference.value().equals(r.get("id"))).findFirst().orElse(null);
        if (target == null) {
          yield false;
        }
        String required = target.has("name") ? "name" : target.has("title") ? "title" : "text";
        target.set(required, random.nextBoolean() ? Model.NODES.numberNode(5) : Model.NODES.arrayNode());
        yield true;
      }
      case PARENT_CYCLE -> cycle("organization", "parent");
      case PART_OF_CYCLE -> cycle("event", "partOf");
      case MEMBERSHIP_SELF -> {
        ObjectNode network = record("network");
        if (network == null || !network.path("id").isTextual()) {
          yield false;
        }
        network.withArray("memberships").addObject().put("member", network.get("id").asText()).put("role", "member");
        yield true;
      }
      case ARTICLE_DUPLICATE -> {
        ObjectNode declaration = pick(records("declaration").stream().filter(d -> d.path("articles").isArray()).toList());
        if (declaration == null) {
          yield false;
        }
        ArrayNode articles = (ArrayNode) declaration.get("articles");
        String number = articles.isEmpty() ? "1" : articles.get(0).path("number").asText("1");
        articles.addObject().put("number", number).set("text", text("Again", "Lặp lại"));
        if (articles.size() == 1) {
          articles.addObject().put("number", number).set("text", text("Again", "Lặp lại"));
        }
        yield true;
      }
      case ARTICLE_UNRESOLVED -> {
        ObjectNode declaration = pick(records("declaration").stream()
            .filter(d -> d.path("articles").isArray() && d.path("id").isTextual()).toList());
        ObjectNode commitment = record(random.nextBoolean() ? "commitment" : "recommendation");
        if (declaration == null || commitment == null) {
          yield false;
        }
        commitment.put("declaration", declaration.get("id").asText()).put("article", oneOf("99", "1a", "0"));
        yield true;
      }
      case PROGRESS_DISORDER -> withRecord("commitment", commitment -> {
        ArrayNode progress = commitment.withArray("progress");
        progress.addObject().put("on", "2024").put("status", "inProgress");
        progress.addObject().put("on", oneOf("2021", "2000", "2023-12")).put("status", "inProgress");
        if (random.nextBoolean()) {
          commitment.put("madeOn", "2025");
        }
      });
      case COUNT_MEMBERS_EXCEEDED -> withRecord("network", network -> {
        ArrayNode memberships = network.withArray("memberships");
        for (int i = memberships.size(); i < 2; i++) {
          memberships.addObject().put("member", actorId());
        }
        List<String> members = new ArrayList<>();
        for (JsonNode membership : memberships) {
          if (membership instanceof ObjectNode m) {
            m.put("role", "member");
            String member = m.path("member").asText("");
            if (!members.contains(member)) {
              members.add(member);
            }
          }
        }
        network.set("memberCount", boundedCount(members.size()));
      });
      case COUNT_ENDORSEMENTS_EXCEEDED -> withRecord("declaration", declaration -> {
        ArrayNode endorsers = declaration.withArray("endorsedBy");
        endorsers.removeAll();
        endorsers.addObject().put("actor", actorId());
        endorsers.addObject().put("actor", "mutant:endorser");
        declaration.set("endorsementCount", boundedCount(2));
      });
      case COUNT_BREAKDOWN_EXCEEDED -> withRecord("event", event -> {
        ObjectNode attendance = event.putObject("attendance");
        String total = oneOf("exact", "atMost", "fewerThan");
        attendance.set("total", total.equals("exact") && random.nextBoolean() ? Model.NODES.numberNode(10)
            : Model.NODES.objectNode().put("value", 10).put("qualifier", total));
        ObjectNode entry = attendance.putArray("breakdown").addObject().put("category", "children");
        String lower = oneOf("exact", "atLeast", "moreThan");
        entry.set("count", Model.NODES.objectNode().put("value", random.nextInt(11, 30)).put("qualifier", lower));
      });
      case COUNT_APPROXIMATE -> {
        ObjectNode network = record("network");
        ObjectNode event = record("event");
        if (network == null && event == null) {
          yield false;
        }
        if (network != null) {
          network.set("memberCount", Model.NODES.objectNode().put("value", 1).put("qualifier", "approximately"));
        }
        if (event != null) {
          ObjectNode attendance = event.putObject("attendance");
          attendance.putObject("total").put("value", 10).put("qualifier", "approximately");
          attendance.putArray("breakdown").addObject().put("category", "youth")
              .putObject("count").put("value", 40).put("qualifier", random.nextBoolean() ? "approximately" : "moreThan");
        }
        yield true;
      }
      case UTF8_INVALID -> rawText(oneOf("C0AF", "EDA080", "80", "F4908080", "FF", "E282", "F8888080"));
      case SURROGATE_LONE -> rawText(oneOf("5C7564383030", "5C7564633030", "5C75444244465C7530303431"));
      case NONCHARACTER -> rawText(oneOf("5C7566666666", "EFB790", "5C7566666665", "F09FBFBF"));
      case MEMBER_DUPLICATE -> {
        Site holder = object(s -> s.value().size() > 0);
        ObjectNode target = holder != null ? (ObjectNode) holder.value() : model.header;
        String name = target.fieldNames().next();
        target.putNull(model.raw(("\"" + name + "\":\"again\"").getBytes(StandardCharsets.UTF_8)));
        yield true;
      }
      case HEADER_NOT_FIRST -> {
        model.headerIndex = random.nextInt(1, Math.max(2, model.records.size() + 1));
        yield !model.records.isEmpty();
      }
      case HEADER_MISSING -> {
        model.headerIndex = -1;
        yield true;
      }
      default -> throw new IllegalArgumentException("done on bytes: " + damage);
    };
  }

  private static boolean put(ObjectNode object, String name, JsonNode value) {
    object.set(name, value);
    return true;
  }

  private boolean remove(@Nullable Site site) {
    if (site == null) {
      return false;
    }
    site.remove();
    return true;
  }

  private boolean replace(@Nullable Site site, JsonNode value) {
    if (site == null) {
      return false;
    }
    site.replace(value);
    return true;
  }

  private boolean replaceWith(@Nullable Site site, java.util.function.Function<Site, JsonNode> value) {
    return site != null && replace(site, value.apply(site));
  }

  private boolean insertNull(@Nullable Site site) {
    if (site == null) {
      return false;
    }
    ((ArrayNode) site.value()).insertNull(random.nextInt(site.value().size() + 1));
    return true;
  }

  private boolean replaceRecord(JsonNode value) {
    Model.Entry entry = pick(model.records);
    if (entry == null) {
      return false;
    }
    entry.node = value;
    return true;
  }

  private boolean retype(Predicate<Model.Entry> fits, java.util.function.Function<Model.Entry, @Nullable JsonNode> type,
      boolean toOtherRecords) {
    Model.Entry entry = pick(objectRecords().stream().filter(fits).toList());
    if (entry == null) {
      return false;
    }
    ObjectNode record = (ObjectNode) entry.node;
    JsonNode value = type.apply(entry);
    ObjectNode typed = Model.NODES.objectNode();
    if (value != null) {
      typed.set("type", value);
    }
    record.remove("type");
    typed.setAll(record);
    entry.node = typed;
    if (toOtherRecords) {
      entry.array = "otherRecords";
      model.records.remove(entry);
      model.records.add(entry);
    }
    return true;
  }

  private boolean move(Model.@Nullable Entry entry) {
    if (entry == null) {
      return false;
    }
    entry.array = "otherRecords";
    model.records.remove(entry);
    model.records.add(entry);
    return true;
  }

  private boolean localizedText(java.util.function.Consumer<ObjectNode> change) {
    Site site = site(s -> Schema.isLocalizedText(s.value()));
    if (site == null) {
      return false;
    }
    change.accept((ObjectNode) site.value());
    return true;
  }

  private @Nullable Site date() {
    return site(s -> s.value().isTextual() && Schema.DATES.contains(s.name()) && !Schema.isLocalizedText(s.container()));
  }

  private @Nullable Site count() {
    Site count = site(s -> Schema.COUNTS.contains(s.name()) && (s.value().isNumber() || s.value().isObject()));
    if (count != null && count.value().isObject()) {
      Site value = site(s -> s.container() == count.value() && "value".equals(s.key()));
      return value != null ? value : count;
    }
    return count;
  }

  private @Nullable Site money() {
    Site amount = site(s -> "amount".equals(s.key()));
    if (amount == null && addBudget()) {
      amount = site(s -> "amount".equals(s.key()));
    }
    return amount;
  }

  private boolean addBudget() {
    ObjectNode commitment = record("commitment");
    if (commitment == null) {
      return false;
    }
    commitment.putObject("budget").put("amount", "1500000000").put("currency", "VND");
    return true;
  }

  private @Nullable Site member(String name, java.util.function.BooleanSupplier add) {
    Site site = site(s -> s.record() >= 0 && name.equals(s.key()) && s.value().isTextual());
    if (site == null && add.getAsBoolean()) {
      site = site(s -> s.record() >= 0 && name.equals(s.key()) && s.value().isTextual());
    }
    return site;
  }

  private @Nullable Site url() {
    Predicate<Site> fits = s -> s.record() >= 0 && Schema.URLS.contains(s.name()) && s.value().isTextual();
    Site url = site(fits);
    ObjectNode organization = record("organization");
    if (url == null && organization != null) {
      organization.put("website", "https://example.org/");
      url = site(fits);
    }
    return url;
  }

  private @Nullable Site area() {
    Site area = site(s -> Schema.AREAS.contains(s.member()) && !s.isMember());
    if (area == null) {
      ObjectNode event = record("event");
      if (event != null) {
        event.withArray("coverage").add("VN");
        area = site(s -> Schema.AREAS.contains(s.member()) && !s.isMember());
      }
    }
    return area;
  }

  private @Nullable ObjectNode eventWith(String member) {
    ObjectNode event = record("event");
    return event == null ? null : event.putObject(member);
  }

  private boolean party(java.util.function.Consumer<ObjectNode> change) {
    Site party = object(s -> Schema.PARTIES.contains(s.member()));
    if (party == null) {
      return false;
    }
    change.accept((ObjectNode) party.value());
    return true;
  }

  private String actorId() {
    List<String> ids = new ArrayList<>();
    for (String type : new String[] {"organization", "network", "person"}) {
      records(type).stream().map(r -> r.path("id")).filter(JsonNode::isTextual).map(JsonNode::asText).forEach(ids::add);
    }
    String id = pick(ids);
    return id == null ? "mutant:actor" : id;
  }

  private JsonNode value() {
    return switch (random.nextInt(5)) {
      case 0 -> Model.NODES.textNode("kept as read");
      case 1 -> Model.NODES.numberNode(new BigDecimal("0.10"));
      case 2 -> Model.NODES.arrayNode().add(1).add("two").addNull();
      case 3 -> Model.NODES.objectNode().put("nested", true).set("deeper", Model.NODES.objectNode().put("k", "v"));
      default -> Model.NODES.nullNode();
    };
  }

  /** Adds {@code name} to an object that is not a LocalizedText (a person's object: not personal data). */
  private boolean unknownMember(String name, JsonNode value) {
    List<ObjectNode> objects = new ArrayList<>();
    objects.add(model.header);
    if (model.header.get("publisher") instanceof ObjectNode publisher) {
      objects.add(publisher);
    }
    Site.all(model).stream().filter(s -> s.value() instanceof ObjectNode && !Schema.isLocalizedText(s.value()))
        .map(s -> (ObjectNode) s.value()).forEach(objects::add);
    objectRecords().forEach(entry -> objects.add((ObjectNode) entry.node));
    ObjectNode target = pick(objects);
    if (target == null || target.has(name)) {
      return false;
    }
    target.set(name, value);
    return true;
  }

  /** Puts a personal-data member on a person: on the record, or in one of its objects that is not a LocalizedText. */
  private boolean personalData() {
    ObjectNode person = person();
    List<ObjectNode> objects = new ArrayList<>();
    objects.add(person);
    collectObjects(person, objects);
    ObjectNode target = pick(objects);
    if (random.nextInt(3) == 0) {
      target = target.putObject("x-extra").putObject("details");
    }
    String name = oneOf(Schema.PERSONAL_DATA);
    if (target.has(name)) {
      return false;
    }
    boolean text = Schema.isLocalizedText(target);
    target.set(name, text || random.nextBoolean() ? Model.NODES.textNode("1990-01-01")
        : Model.NODES.objectNode().put("value", "private"));
    return true;
  }

  /** The objects below {@code node}, a LocalizedText's entries not followed into. */
  private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      collect(member.getKey(), member.getValue(), objects);
    }
  }

  private static void collect(String name, JsonNode value, List<ObjectNode> objects) {
    if (value instanceof ObjectNode object) {
      objects.add(object);
      if (!Schema.LOCALIZED_TEXTS.contains(name) && !Schema.isLocalizedText(value)) {
        collectObjects(object, objects);
      }
    } else if (value.isArray()) {
      for (JsonNode element : value) {
        collect(name, element, objects);
      }
    }
  }

  private boolean limit(java.util.function.Consumer<ObjectNode> change) {
    Model.Entry entry = pick(objectRecords());
    if (entry == null) {
      return false;
    }
    change.accept((ObjectNode) entry.node);
    return true;
  }

  private boolean cycle(String type, String link) {
    List<ObjectNode> candidates = records(type).stream().filter(r -> r.path("id").isTextual()).toList();
    ObjectNode first = pick(candidates);
    ObjectNode second = pick(candidates);
    if (first == null || second == null) {
      return false;
    }
    first.put(link, second.get("id").asText());
    second.put(link, first.get("id").asText());
    return true;
  }

  /** A count whose upper bound is below {@code listed}, with a bounded qualifier. */
  private JsonNode boundedCount(int listed) {
    return switch (oneOf("exact", "bare", "atMost", "fewerThan")) {
      case "bare" -> Model.NODES.numberNode(listed - 1);
      case "exact" -> Model.NODES.objectNode().put("value", listed - 1).put("qualifier", "exact");
      case "atMost" -> Model.NODES.objectNode().put("value", listed - 1).put("qualifier", "atMost").put("asOf", "2024");
      default -> Model.NODES.objectNode().put("value", listed).put("qualifier", "fewerThan");
    };
  }

  /** Puts {@code hex} bytes into a string value of a record or the header. */
  private boolean rawText(String hex) {
    Site site = site(s -> s.value().isTextual() && !"type".equals(s.key()) && !s.value().asText().startsWith("@@"));
    if (site == null) {
      return false;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write('"');
    bytes.writeBytes("ab".getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < hex.length(); i += 2) {
      bytes.write(Integer.parseInt(hex.substring(i, i + 2), 16));
    }
    bytes.writeBytes("cd\"".getBytes(StandardCharsets.US_ASCII));
    site.replace(Model.NODES.textNode(model.raw(bytes.toByteArray())));
    return true;
  }

  /** Does a damage to the written {@code bytes} of {@code form}. */
  byte[] applyToBytes(Damage damage, byte[] bytes, Form form) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    List<Integer> lineEnds = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineEnds.add(i);
      }
    }
    String result = switch (damage) {
      case BOM -> "\u00ef\u00bb\u00bf" + text;
      case BOM_ON_LINE -> {
        int at = form == Form.STREAM && lineEnds.size() > 1 ? lineEnds.get(random.nextInt(lineEnds.size() - 1)) + 1 : 1;
        yield text.substring(0, at) + "\u00ef\u00bb\u00bf" + text.substring(at);
      }
      case LINES_CR -> text.replace('\n', '\r');
      case LINES_CRLF -> text.replace("\n", "\r\n");
      case LINES_BLANK -> {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
          out.append(line);
          if (random.nextInt(3) == 0) {
            out.append('\n');
          }
          out.append('\n');
        }
        yield out.substring(0, out.length() - 1);
      }
      case LINE_BROKEN -> {
        List<Integer> starts = new ArrayList<>();
        for (int i = text.indexOf(":\""); i >= 0; i = text.indexOf(":\"", i + 1)) {
          starts.add(i + 2);
        }
        for (int i = text.indexOf(": \""); i >= 0; i = text.indexOf(": \"", i + 1)) {
          starts.add(i + 3);
        }
        Integer at = pick(starts);
        yield at == null ? text.substring(0, text.length() / 2) + "\n\"" + text.substring(text.length() / 2)
            : text.substring(0, at) + (random.nextBoolean() ? "\n" : "\r\n") + text.substring(at);
      }
      case LINES_JOINED -> {
        if (form == Form.STREAM && lineEnds.size() > 1) {
          int at = lineEnds.get(random.nextInt(lineEnds.size() - 1));
          yield text.substring(0, at) + (random.nextBoolean() ? "" : " ") + text.substring(at + 1);
        }
        yield text.stripTrailing() + text;
      }
      case TRUNCATED -> {
        int last = text.stripTrailing().length() - 1;
        int at = random.nextInt(1, Math.max(2, last));
        while (at > 1 && text.charAt(at - 1) == '\n') {
          at--;
        }
        yield text.substring(0, at);
      }
      case TRAILING_GARBAGE -> {
        String garbage = oneOf("x", "]", ",{}", "}", "\"tail\"", "#");
        if (form == Form.STREAM && !lineEnds.isEmpty()) {
          int at = lineEnds.get(random.nextInt(lineEnds.size()));
          yield text.substring(0, at) + garbage + text.substring(at);
        }
        yield text.stripTrailing() + garbage + "\n";
      }
      default -> throw new IllegalArgumentException("done on trees: " + damage);
    };
    return result.getBytes(StandardCharsets.ISO_8859_1);
  }
}
