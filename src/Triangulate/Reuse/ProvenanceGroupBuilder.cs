using System.Globalization;
using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>
/// Decides a group's origin, the parent of each article and what each changed. With an agency credited, the origin
/// is its wire (the agency's own article, or reconstructed) and each copy derives from it unless an earlier copy
/// explains it clearly better (a copy of a copy carries that copy's edits). Without one, the earliest article is the
/// origin and each later article derives from the earlier article it resembles most.
/// </summary>
public static class ProvenanceGroupBuilder
{
    /// <summary>How much closer (in <see cref="DerivationClassifier.Closeness"/>) another copy must be than the origin to be taken as the parent.</summary>
    public const double CopyOfCopyMargin = 1.5;

    public static ProvenanceGroup Build(IReadOnlyList<GroupMember> members, IReadOnlyList<TextReuse> pairs)
    {
        var ordered = members.OrderBy(m => m.Published ?? DateTimeOffset.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        var byId = ordered.ToDictionary(m => m.Id);
        var linked = pairs.SelectMany(p => new[] { (p.Source, p.Copy), (p.Copy, p.Source) }).ToHashSet();
        var agency = CreditedAgency(ordered);

        Origin origin;
        ArticleSentences originText;
        if (agency is not null)
            (origin, originText) = OriginReconstructor.Reconstruct(agency, ordered, pairs);
        else
        {
            var root = ordered[0];
            originText = root.Text;
            origin = new Origin(root.Label, root.Id, root.Text.Sentences.Select(s => s.Text).ToList(), false,
                [root.Published is { } date ? $"earliest article ({date:yyyy-MM-dd HH:mm})" : "no article is dated; first by id"]);
        }

        var derivations = new List<Derivation>();
        var changes = new List<Change>();
        var placed = new List<GroupMember>();
        foreach (var member in ordered)
        {
            if (agency is null && member.Id == origin.ArticleId)
            {
                placed.Add(member);
                continue;
            }
            var fromOrigin = TextReuse.Between(originText, member.Text);
            var best = (Reuse: fromOrigin, Parent: (GroupMember?)null, Score: DerivationClassifier.Closeness(fromOrigin));
            foreach (var candidate in placed.Where(p => linked.Contains((p.Id, member.Id)) && IsEarlier(p, member)))
            {
                var reuse = TextReuse.Between(candidate.Text, member.Text);
                var score = DerivationClassifier.Closeness(reuse);
                var needed = best.Parent is null && agency is not null ? best.Score + CopyOfCopyMargin : best.Score;
                if (score > needed)
                    best = (reuse, candidate, score);
            }
            placed.Add(member);

            var parentIsOrigin = best.Parent is null;
            var from = parentIsOrigin ? (agency is null ? origin.ArticleId! : origin.Name) : best.Parent!.Id;
            var parentText = parentIsOrigin ? originText : best.Parent!.Text;
            derivations.Add(new Derivation(member.Id, from, parentIsOrigin ? origin.ArticleId : best.Parent!.Id,
                DerivationClassifier.Classify(best.Reuse), best.Reuse.ShareOfSource,
                Evidence(member, best.Parent ?? (agency is null ? byId[origin.ArticleId!] : null), agency, best.Reuse), best.Reuse));
            changes.AddRange(ChangeFinder.Find(parentText, member.Text, best.Reuse, from));
        }

        var ids = ordered.Select(m => m.Id).ToList();
        return new ProvenanceGroup(GroupId(ids), origin, ids, derivations, changes);
    }

    /// <summary>The agency credited by most articles of the group (or whose own text is in it), if any.</summary>
    private static string? CreditedAgency(IReadOnlyList<GroupMember> members) =>
        members.SelectMany(m => m.Article.Credits)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(agency => members.Count(m => m.Credits(agency) || m.IsBy(agency)))
            .ThenBy(agency => agency, StringComparer.Ordinal)
            .FirstOrDefault();

    private static bool IsEarlier(GroupMember candidate, GroupMember member) =>
        candidate.Published is { } before && member.Published is { } after && before < after;

    private static List<string> Evidence(GroupMember member, GroupMember? parent, string? agency, TextReuse reuse)
    {
        var evidence = new List<string>();
        if (agency is not null && member.Credits(agency))
            evidence.Add($"credits {agency}");
        if (parent?.Published is { } then && member.Published is { } now)
            evidence.Add($"published {FormatDelay(now - then)} after its parent");
        evidence.Add(string.Create(CultureInfo.InvariantCulture,
            $"carries {reuse.Alignments.Count} of the parent's {reuse.Alignments.Count / Math.Max(reuse.ShareOfSource, 1e-9):0} sentences ({reuse.Count(AlignmentKind.Verbatim)} verbatim, {reuse.Count(AlignmentKind.Edited)} edited, {reuse.Count(AlignmentKind.Paraphrase)} paraphrased)"));
        evidence.Add(string.Create(CultureInfo.InvariantCulture,
            $"{reuse.ShareOfCopy:P0} of its sentences come from the parent; the parent's share in it is {reuse.ShareOfSource:P0}"));
        return evidence;
    }

    private static string FormatDelay(TimeSpan delay) =>
        delay.TotalHours >= 48 ? $"{delay.TotalDays:0} days" : delay.TotalMinutes >= 90 ? $"{delay.TotalHours:0} hours" : $"{delay.TotalMinutes:0} minutes";

    private static string GroupId(IEnumerable<string> articleIds) =>
        XxHash64.HexHash(string.Join(' ', articleIds.Order(StringComparer.Ordinal)))[..12];
}
