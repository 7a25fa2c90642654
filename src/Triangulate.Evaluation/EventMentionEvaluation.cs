using System.Text.Json;
using Triangulate.Events;
using Triangulate.Text;

namespace Triangulate.Evaluation;

/// <summary>
/// <c>eval events DIR</c>: event mentions in the WikiEvents format (docs.jsonl, gold.jsonl items with a KAIROS type, a
/// trigger span and arguments with roles). Triangulate's <see cref="EventFinder"/> reads each document; its types are
/// compared on their first two KAIROS levels. Trigger identification and classification F1 (exact trigger span);
/// argument identification (event and span) and classification (+ role) F1 with head matching (the last word of the
/// gold span inside the predicted span) and with coreference matching (any mention of the same gold entity). The
/// <c>cv_</c> metrics score only the types chosen on the other half of the documents (2-fold over documents), the
/// <c>held_</c> ones the second half with the types chosen on the first, where the argument rules were written.
/// </summary>
public static class EventMentionEvaluation
{
    public static EvaluationScores Evaluate(string directory, string? predictionsPath)
    {
        var docs = EvaluationFiles.ReadJsonLines(EvaluationFiles.Find(directory, "docs.jsonl") ?? throw new FileNotFoundException("docs.jsonl missing", directory))
            .Select(doc => (Id: doc.OptionalString("id")!, Text: doc.OptionalString("text") ?? "")).ToList();
        var texts = docs.ToDictionary(doc => doc.Id, doc => doc.Text);
        var predicted = docs.ToDictionary(doc => doc.Id, doc => Predict(doc.Id, doc.Text));
        if (predictionsPath is not null)
            WritePredictions(predictionsPath, predicted);
        var gold = EvaluationFiles.ReadJsonLines(EvaluationFiles.Find(directory, "gold.jsonl") ?? throw new FileNotFoundException("gold.jsonl missing", directory))
            .ToDictionary(doc => doc.OptionalString("id")!, doc => GoldDocument.Read(doc, texts.GetValueOrDefault(doc.OptionalString("id")!) ?? ""));
        return Score(gold, predicted);
    }

    public static IReadOnlyList<Mention> Predict(string id, string text)
    {
        // One paragraph keeps every offset an offset of the document text.
        var article = ArticleText.Of(id, "", [text]);
        return EventFinder.Find(article, anchor: null)
            .Where(e => e.Type != EventTypes.Statement)
            .Select(e => new Mention(e.Type.Kairos, new Span(e.Trigger.Start, e.Trigger.End, e.Trigger.Text),
                e.Participants.Select(p => new Argument(Role(e, Side(e, p)), new Span(p.Evidence.Start, p.Evidence.End, p.Evidence.Text)))
                    .Concat(e.Place is { } place ? [new Argument(Role(e, "place"), new Span(place.Evidence.Start, place.Evidence.End, place.Evidence.Text))] : [])
                    .Where(a => a.Role.Length > 0)
                    .DistinctBy(a => (a.Role, a.Span.Start))
                    .ToList()))
            .ToList();
    }

    /// <summary>
    /// "a battle between troops and gunmen", "protesters clashed with police": of the sides of a symmetric event, the
    /// one named first is told apart from the later ones, which KAIROS makes the target of a fight.
    /// </summary>
    private static string Side(Event e, Participant participant) =>
        participant.Role == "participant" && participant != e.Participants.Where(p => p.Role == "participant").MinBy(p => p.Evidence.Start) ? LaterSide : participant.Role;

    private const string LaterSide = "later side";

    /// <summary>
    /// The KAIROS role of a participant: who acts and who it is done to, named as each event type names them. In a
    /// sale who acts gives; in a purchase or a rental who acts receives; what a protest is against is its target.
    /// </summary>
    private static string Role(Event e, string role)
    {
        var type = e.Type;
        var level = Level(type.Kairos);
        return (level, role) switch
        {
            ("Movement.Transportation", "place") => "Destination",
            (_, "place") => "Place",
            ("Conflict.Attack", "instrument") => type.Kairos.EndsWith("DetonateExplode", StringComparison.Ordinal) ? "ExplosiveDevice" : "Instrument",
            (_, "instrument") => "",
            // In a battle each side attacks.
            ("Conflict.Attack", "actor" or "participant") => "Attacker",
            ("Conflict.Attack", _) => "Target",
            ("Life.Die", "actor") => "Killer",
            ("Life.Die", _) => "Victim",
            ("Life.Injure", "actor") => "Injurer",
            ("Life.Injure", _) => "Victim",
            ("Justice.ArrestJailDetain", "actor") => "Jailer",
            ("Justice.ArrestJailDetain", _) => "Detainee",
            ("Justice.ChargeIndict" or "Justice.TrialHearing" or "Justice.Convict" or "Justice.Sentence", "target") => "Defendant",
            ("Contact.Contact" or "Contact.ThreatenCoerce" or "Contact.RequestCommand", "target") => "Recipient",
            ("Contact.Contact", "participant" or LaterSide) => "Participant",
            ("Contact.Contact" or "Contact.ThreatenCoerce" or "Contact.RequestCommand", _) => "Communicator",
            ("Movement.Transportation", "destination") => "Destination",
            ("Movement.Transportation", "origin") => "Origin",
            (_, "destination" or "origin") => "",
            ("Movement.Transportation", "actor") => "Transporter",
            ("Movement.Transportation", _) => Driving.Contains(e.Trigger.Text.ToLowerInvariant()) ? "Vehicle" : "PassengerArtifact",
            ("Conflict.Demonstrate", "target") => "Target",
            ("Conflict.Demonstrate", _) => "Demonstrator",
            ("Transaction.ExchangeBuySell", "actor") => Selling.Contains(e.Trigger.Text.ToLowerInvariant()) ? "Giver" : "Recipient",
            ("Transaction.ExchangeBuySell", "target") => "AcquiredEntity",
            ("GenericCrime.GenericCrime", "actor") => "Perpetrator",
            ("GenericCrime.GenericCrime", _) => "Victim",
            _ => "",
        };
    }

    private static readonly HashSet<string> Selling = ["sell", "sells", "selling", "sold", "sale", "sales"];

    /// <summary>What one drives, flies or rides is the vehicle of the move, not a passenger or a cargo.</summary>
    private static readonly HashSet<string> Driving = ["drive", "drives", "driving", "drove", "driven", "fly", "flies", "flying", "flew", "flown", "ride", "rides", "riding", "rode", "sail", "sails", "sailed", "sailing", "steer", "steered", "pilot", "piloted"];

    private static string Level(string type) => string.Join('.', type.Split('.').Take(2));

    private static EvaluationScores Score(Dictionary<string, GoldDocument> gold, Dictionary<string, IReadOnlyList<Mention>> predicted)
    {
        // Two halves of the documents (in id order, alternately): which of Triangulate's types WikiEvents annotates is
        // chosen on one half and scored on the other, each way.
        var ids = gold.Keys.Order(StringComparer.Ordinal).ToList();
        string[][] halves = [[.. ids.Where((_, i) => i % 2 == 0)], [.. ids.Where((_, i) => i % 2 == 1)]];
        var all = Count(gold, predicted, ids, null);
        var held = Count(gold, predicted, halves[1], AnnotatedTypes(gold, predicted, halves[0]));
        var cv = held + Count(gold, predicted, halves[0], AnnotatedTypes(gold, predicted, halves[1]));
        var metrics = new Dictionary<string, double>();
        foreach (var (prefix, counts) in new[] { ("", all), ("cv_", cv), ("held_", held) })
        {
            foreach (var (name, value) in counts.Metrics())
                metrics[prefix + name] = value;
        }
        return new EvaluationScores(metrics);
    }

    /// <summary>
    /// The predicted types worth scoring, from the documents of a fit half: those whose triggers are right often enough
    /// to raise F1 (precision at least half the half's trigger classification F1). A type WikiEvents does not annotate
    /// (a rejection, an accusation) only lowers it.
    /// </summary>
    private static HashSet<string> AnnotatedTypes(Dictionary<string, GoldDocument> gold, Dictionary<string, IReadOnlyList<Mention>> predicted, IReadOnlyList<string> fit)
    {
        var threshold = Count(gold, predicted, fit, null).TriggerClassificationF1 / 2;
        var byType = fit.SelectMany(id => (predicted.GetValueOrDefault(id) ?? []).Select(m => (m.Type, Right: gold[id].Items.Any(item =>
                item.Trigger.Start == m.Trigger.Start && item.Trigger.End == m.Trigger.End && Level(item.Type) == Level(m.Type)))))
            .GroupBy(p => p.Type);
        var kept = predicted.Values.SelectMany(m => m).Select(m => m.Type).ToHashSet();
        foreach (var type in byType.Where(t => (double)t.Count(p => p.Right) / t.Count() < threshold))
            kept.Remove(type.Key);
        return kept;
    }

    private static Counts Count(Dictionary<string, GoldDocument> gold, Dictionary<string, IReadOnlyList<Mention>> predicted, IReadOnlyList<string> ids, HashSet<string>? types)
    {
        var counts = new Counts();
        foreach (var id in ids)
        {
            var document = gold[id];
            var mentions = (predicted.GetValueOrDefault(id) ?? []).Where(m => types is null || types.Contains(m.Type)).ToList();
            counts.GoldTriggers += document.Items.Count;
            counts.PredictedTriggers += mentions.Count;
            counts.GoldArguments += document.Items.Sum(item => item.Arguments.Count);
            counts.PredictedArguments += mentions.Sum(m => m.Arguments.Count);
            foreach (var item in document.Items)
            {
                var match = mentions.FirstOrDefault(m => m.Trigger.Start == item.Trigger.Start && m.Trigger.End == item.Trigger.End);
                if (match is null)
                    continue;
                counts.Identified++;
                if (Level(match.Type) != Level(item.Type))
                    continue;
                counts.Classified++;
                foreach (var argument in item.Arguments)
                {
                    var heads = match.Arguments.Where(a => Contains(a.Span, Head(argument.Span, document.Text))).ToList();
                    if (heads.Count > 0)
                        counts.ArgumentsIdentified++;
                    if (heads.Any(a => a.Role == argument.Role))
                        counts.ArgumentsClassified++;
                    var sameEntity = document.MentionsOfEntity(argument.EntityId);
                    if (match.Arguments.Any(a => a.Role == argument.Role && sameEntity.Any(s => Contains(a.Span, Head(s, document.Text)))))
                        counts.ArgumentsCoref++;
                }
            }
        }
        return counts;
    }

    private sealed class Counts
    {
        public int GoldTriggers, PredictedTriggers, Identified, Classified, GoldArguments, PredictedArguments, ArgumentsIdentified, ArgumentsClassified, ArgumentsCoref;

        public double TriggerClassificationF1 => F1(Classified, PredictedTriggers, GoldTriggers);

        public static Counts operator +(Counts a, Counts b) => new()
        {
            GoldTriggers = a.GoldTriggers + b.GoldTriggers, PredictedTriggers = a.PredictedTriggers + b.PredictedTriggers,
            Identified = a.Identified + b.Identified, Classified = a.Classified + b.Classified,
            GoldArguments = a.GoldArguments + b.GoldArguments, PredictedArguments = a.PredictedArguments + b.PredictedArguments,
            ArgumentsIdentified = a.ArgumentsIdentified + b.ArgumentsIdentified, ArgumentsClassified = a.ArgumentsClassified + b.ArgumentsClassified,
            ArgumentsCoref = a.ArgumentsCoref + b.ArgumentsCoref,
        };

        public IEnumerable<(string Name, double Value)> Metrics() =>
        [
            ("trigger_identification_f1", F1(Identified, PredictedTriggers, GoldTriggers)),
            ("trigger_classification_f1", TriggerClassificationF1),
            ("argument_identification_head_f1", F1(ArgumentsIdentified, PredictedArguments, GoldArguments)),
            ("argument_classification_head_f1", F1(ArgumentsClassified, PredictedArguments, GoldArguments)),
            ("argument_classification_coref_f1", F1(ArgumentsCoref, PredictedArguments, GoldArguments)),
            ("gold_events", GoldTriggers),
            ("predicted_events", PredictedTriggers),
            ("gold_arguments", GoldArguments),
            ("predicted_arguments", PredictedArguments),
        ];
    }

    private static double F1(int correct, int predicted, int gold)
    {
        var precision = predicted == 0 ? 0 : (double)correct / predicted;
        var recall = gold == 0 ? 0 : (double)correct / gold;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static bool Contains(Span outer, Span inner) => outer.Start <= inner.Start && inner.End <= outer.End;

    /// <summary>The head of an argument span, taken as its last word.</summary>
    private static Span Head(Span span, string text)
    {
        var end = span.End;
        while (end > span.Start && !char.IsLetterOrDigit(text[end - 1]))
            end--;
        var start = end;
        while (start > span.Start && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '\''))
            start--;
        return new Span(start, end, text[start..end]);
    }

    private static void WritePredictions(string path, Dictionary<string, IReadOnlyList<Mention>> predicted)
    {
        using var writer = new StreamWriter(path);
        foreach (var (id, mentions) in predicted)
        {
            var items = mentions.Select((m, i) => new
            {
                id = $"{id}-P{i + 1}",
                type = m.Type,
                trigger = new { start = m.Trigger.Start, end = m.Trigger.End, text = m.Trigger.Text },
                arguments = m.Arguments.Select(a => new { role = a.Role, start = a.Span.Start, end = a.Span.End, text = a.Span.Text }),
            });
            writer.WriteLine(JsonSerializer.Serialize(new { id, items }));
        }
    }

    public sealed record Span(int Start, int End, string Text);

    public sealed record Argument(string Role, Span Span);

    public sealed record Mention(string Type, Span Trigger, IReadOnlyList<Argument> Arguments);

    private sealed record GoldArgument(string Role, string EntityId, Span Span);

    private sealed record GoldItem(string Type, Span Trigger, IReadOnlyList<GoldArgument> Arguments);

    private sealed record GoldDocument(string Text, IReadOnlyList<GoldItem> Items, Dictionary<string, Span> Entities, Dictionary<string, string[]> Clusters)
    {
        public IEnumerable<Span> MentionsOfEntity(string entityId) =>
            (Clusters.GetValueOrDefault(entityId) ?? [entityId]).Select(id => Entities.GetValueOrDefault(id)).OfType<Span>();

        public static GoldDocument Read(JsonElement doc, string text)
        {
            static Span SpanOf(JsonElement e) => new(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.OptionalString("text") ?? "");
            var items = doc.GetProperty("items").EnumerateArray().Select(item => new GoldItem(
                item.GetProperty("type").GetString()!, SpanOf(item.GetProperty("trigger")),
                item.GetProperty("arguments").EnumerateArray().Select(a => new GoldArgument(a.GetProperty("role").GetString()!, a.OptionalString("entity_id") ?? "", SpanOf(a))).ToList())).ToList();
            var entities = doc.GetProperty("entities").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, SpanOf);
            var clusters = new Dictionary<string, string[]>();
            foreach (var cluster in doc.GetProperty("coref").EnumerateArray())
            {
                var ids = cluster.EnumerateArray().Select(e => e.GetString()!).ToArray();
                foreach (var id in ids)
                    clusters[id] = ids;
            }
            return new GoldDocument(text, items, entities, clusters);
        }
    }
}
