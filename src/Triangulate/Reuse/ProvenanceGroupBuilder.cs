using System.Globalization;
using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>
/// Decides a group's origin, the parent of each article and what each changed. With an agency credited, the origin
/// is its wire (the agency's own article, or reconstructed); without one, the earliest article. A stored origin is no
/// derivation of itself, and its copies name its article id as their parent. Each copy derives from the origin unless
/// it carries, word for word, sentences that an earlier copy has and the origin has not (that copy's own edits and
/// additions, an added sentence weighing double) and that copy fits it at least as tightly: then it is a copy of that
/// copy. Shared omissions alone prove nothing: two outlets that cut a wire at the same sentence are two copies of it,
/// not one of the other.
/// </summary>
public static class ProvenanceGroupBuilder
{
    public static ProvenanceGroup Build(IReadOnlyList<GroupMember> members, IReadOnlyList<TextReuse> pairs)
    {
        var aligned = pairs.SelectMany(p => new[] { (Id: p.Source, p.Alignments.Count), (Id: p.Copy, p.Alignments.Count) })
            .GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        // Undated articles come last, the one sharing most text first: it is the likeliest source of the others.
        var ordered = members.OrderBy(m => m.LatestPublished ?? DateTimeOffset.MaxValue)
            .ThenByDescending(m => aligned.GetValueOrDefault(m.Id))
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
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

        var fromOrigins = ordered.Where(m => m.Id != origin.ArticleId).ToDictionary(m => m.Id, m => TextReuse.Between(originText, m.Text));
        var derivations = new List<Derivation>();
        var changes = new List<Change>();
        var placed = new List<GroupMember>();
        var reworded = new Dictionary<string, HashSet<int>>();
        foreach (var member in CopyOrder(ordered, origin.ArticleId, fromOrigins, originText.ContentCount))
        {
            // The origin's own article (the earliest, or the agency's own page) is no derivation of itself.
            if (member.Id == origin.ArticleId)
            {
                placed.Add(member);
                continue;
            }
            var fromOrigin = fromOrigins[member.Id];
            var originFit = DerivationClassifier.Fit(fromOrigin, originText.ContentCount);
            var fromOriginVerbatim = Verbatim(fromOrigin);
            var fromOriginAligned = fromOrigin.Alignments.Select(a => a.Sentence).ToHashSet();
            reworded[member.Id] = fromOrigin.Alignments.Where(a => a.Kind != AlignmentKind.Verbatim).Select(a => a.Sentence).ToHashSet();
            var best = (Reuse: fromOrigin, Parent: (GroupMember?)null, SharedEdits: 0, Fit: originFit);
            // In a small group every earlier member is a candidate parent: a copy's copy may share sentences too common
            // across recurring reports for the sentence index to have paired them.
            var everyMember = members.Count <= ProvenanceAnalyzer.MaxStoryForPairs;
            foreach (var candidate in placed.Where(p => (everyMember || linked.Contains((p.Id, member.Id))) && p.Id != origin.ArticleId && !IsLater(p, member)))
            {
                var reuse = TextReuse.Between(candidate.Text, member.Text);
                // A copy of a copy carries its parent's rewordings as they are: a sentence the candidate reworded that the
                // member words otherwise was reworded apart from the candidate, and weighs against a rewording the two
                // happen to share elsewhere (two editors qualifying the same figure).
                // A sentence the candidate added, carried word for word, weighs double: two editors may qualify one figure
                // alike, but do not write one sentence alike.
                var sharedEdits = Verbatim(reuse).Sum(sentence => fromOriginVerbatim.Contains(sentence) ? 0 : fromOriginAligned.Contains(sentence) ? 1 : 2)
                    - reuse.Alignments.Count(a => a.Kind != AlignmentKind.Verbatim && reworded[candidate.Id].Contains(a.Source));
                var fit = DerivationClassifier.Fit(reuse, candidate.Text.ContentCount);
                if (sharedEdits > 0 && fit >= originFit && (sharedEdits, fit).CompareTo((best.SharedEdits, best.Fit)) > 0)
                    best = (reuse, candidate, sharedEdits, fit);
            }
            placed.Add(member);

            var parentIsOrigin = best.Parent is null;
            // A stored parent is named by its article id; the agency's name stands only for a reconstructed wire.
            var from = parentIsOrigin ? origin.ArticleId ?? origin.Name : best.Parent!.Id;
            var parentText = parentIsOrigin ? originText : best.Parent!.Text;
            var parentArticle = parentIsOrigin ? (origin.ArticleId is { } originId ? byId[originId] : null) : best.Parent;
            var headline = parentArticle is not null && parentArticle != member && !SameHeadline(parentArticle, member)
                ? new Change(ChangeKind.Headline, member.Id, from, parentArticle.Article.Title, member.Article.Title, null)
                : null;
            derivations.Add(new Derivation(member.Id, from, parentArticle?.Id,
                DerivationClassifier.Classify(best.Reuse, headline is null), best.Reuse.ShareOfSource,
                Evidence(member, best.Parent ?? (origin.ArticleId is { } originArticle ? byId[originArticle] : null), agency, best.Reuse), best.Reuse));
            if (headline is not null)
                changes.Add(headline);
            changes.AddRange(ChangeFinder.Find(parentText, member.Text, best.Reuse, from));
        }

        var ids = ordered.Select(m => m.Id).ToList();
        return new ProvenanceGroup(GroupId(ids), origin, ids, derivations, changes);
    }

    /// <summary>
    /// The agency credited by most articles of the group (or whose own text is in it), if any. An agency the articles
    /// only cite ("told CNA") is their origin only when no article is signed by a reporter of its own: a staff byline
    /// with no dateline, byline or signature of the agency makes the text the outlet's (<see cref="GroupMember.IsWireOf"/>).
    /// </summary>
    private static string? CreditedAgency(IReadOnlyList<GroupMember> members) =>
        members.SelectMany(m => m.Article.Credits)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(agency => members.Any(m => m.IsWireOf(agency)) || members.All(m => m.Article.Byline is null))
            .OrderByDescending(agency => members.Count(m => m.Credits(agency) || m.IsBy(agency)))
            .ThenBy(agency => agency, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>
    /// The order in which copies may derive from one another: by date, but a copy whose date does not tell whether it
    /// came before another (undated, or dated only to the same day) goes before one that strays further from the
    /// origin. Edits pile up along a chain of copies, so a copy of a copy holds its parent's differences and its own.
    /// </summary>
    private static List<GroupMember> CopyOrder(IReadOnlyList<GroupMember> ordered, string? originId, Dictionary<string, TextReuse> fromOrigins, int originSentences)
    {
        // How far a copy strays from the origin: its sentences not carried word for word, and the origin's it left out.
        var distance = ordered.Where(m => m.Id != originId).ToDictionary(m => m.Id, m => m.Text.ContentCount
            - fromOrigins[m.Id].Count(AlignmentKind.Verbatim) + originSentences - fromOrigins[m.Id].Alignments.Count);
        var order = new List<GroupMember>(ordered.Count);
        foreach (var member in ordered)
        {
            var at = order.Count;
            while (member.Id != originId && at > 0 && order[at - 1].Id != originId && !InOrder(order[at - 1], member)
                   && distance[order[at - 1].Id] > distance[member.Id])
                at--;
            order.Insert(at, member);
        }
        return order;
    }

    /// <summary>Whether the first article's date puts it before the second's for certain.</summary>
    private static bool InOrder(GroupMember first, GroupMember second) =>
        first.LatestPublished is { } firstEnd && second.Published is { } secondStart && firstEnd < secondStart;

    /// <summary>The copy's sentences a reuse carries word for word.</summary>
    private static HashSet<int> Verbatim(TextReuse reuse) =>
        reuse.Alignments.Where(a => a.Kind == AlignmentKind.Verbatim).Select(a => a.Sentence).ToHashSet();

    private static bool SameHeadline(GroupMember first, GroupMember second) =>
        string.Equals(first.Article.Title.Trim(), second.Article.Title.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool IsLater(GroupMember candidate, GroupMember member) =>
        candidate.Published is { } candidateTime && member.LatestPublished is { } memberTime && candidateTime > memberTime;

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
