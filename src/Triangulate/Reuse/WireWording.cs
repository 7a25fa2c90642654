using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>
/// The wording of each sentence of a wire rebuilt from its copies. Each outlet edits its own copy (a qualifier added,
/// a word cut from a quotation, a label sharpened), so a sentence is told as most independent copies tell it; between
/// versions that as many copies carry, not one made from another by an outlet's usual edit (words cut from a
/// quotation, or a run of words put in outside one: a qualifier, a label); then the one closest in words to all the
/// others
/// (paraphrased copies keep the wire's quotations and figures); then the one of the copy that agrees most often with
/// the others elsewhere in the story.
/// The anchor's edits would otherwise pass for the wire and show up as changes in every other copy.
/// </summary>
internal static class WireWording
{
    /// <returns>For each cluster of aligned sentences, the sentences worded as the wire words them (more than one when it stays undecided).</returns>
    public static List<List<(int Member, int Sentence)>> Choose(
        IReadOnlyList<HashSet<(int Member, int Sentence)>> clusters, IReadOnlyList<GroupMember> members, UnionFind<int> witnesses)
    {
        var versions = clusters.Select(cluster => Versions(cluster, members, witnesses)).ToList();
        var faithful = Faithful(versions, members.Count);
        var leading = versions.Select(cluster => Leading(cluster, faithful)).ToList();
        // How often each copy words a sentence as the wire does where that is clear.
        var agreement = new int[members.Count];
        for (var i = 0; i < versions.Count; i++)
        {
            if (leading[i].Count != 1)
                continue;
            foreach (var version in versions[i])
            {
                foreach (var node in version.Nodes)
                    agreement[node.Member] += ReferenceEquals(version, leading[i][0]) ? 1 : -1;
            }
        }
        return leading.Select(tied =>
        {
            var best = tied.Max(version => version.Nodes.Max(node => agreement[node.Member]));
            return tied.Where(version => version.Nodes.Max(node => agreement[node.Member]) == best).SelectMany(version => version.Nodes).ToList();
        }).ToList();
    }

    private sealed record Version(List<(int Member, int Sentence)> Nodes, int Witnesses, List<string> Words, List<string> Quoted);

    private static List<Version> Versions(IEnumerable<(int Member, int Sentence)> cluster, IReadOnlyList<GroupMember> members, UnionFind<int> witnesses) =>
        cluster.GroupBy(node => members[node.Member].Text.Keys[node.Sentence].WordsHash)
            .Select(version => version.ToList())
            .Select(nodes => new Version(nodes, nodes.Select(node => witnesses.Find(node.Member)).Distinct().Count(),
                Words(members[nodes[0].Member].Text.Sentences[nodes[0].Sentence]), Quoted(members[nodes[0].Member].Text.Sentences[nodes[0].Sentence])))
            .ToList();

    /// <summary>
    /// Per copy, whether it words most of its sentences as another independent copy does: a copy that prints the wire as
    /// it stands, not one that rewords it (a paraphrase drops words here and there, which no more shows the wire's words
    /// than its rewordings do).
    /// </summary>
    private static bool[] Faithful(List<List<Version>> versions, int memberCount)
    {
        var agreeing = new int[memberCount];
        var alone = new int[memberCount];
        foreach (var version in versions.Where(cluster => cluster.Sum(version => version.Witnesses) > 1).SelectMany(cluster => cluster))
        {
            foreach (var node in version.Nodes)
            {
                if (version.Witnesses > 1)
                    agreeing[node.Member]++;
                else
                    alone[node.Member]++;
            }
        }
        return Enumerable.Range(0, memberCount).Select(member => agreeing[member] > alone[member]).ToArray();
    }

    /// <summary>The versions most copies carry, and of those the closest in words to all the others.</summary>
    private static List<Version> Leading(List<Version> versions, bool[] faithful)
    {
        // A version made by an outlet's usual edit is that outlet's, however many copies carry it (outlets that run one
        // edited copy repeat its edits): words cut from a quotation, which no outlet puts back, or words put in beside
        // the version of a faithful copy (a paraphrase drops words here and there of its own).
        var unedited = versions.Where(version => !versions.Any(other => !ReferenceEquals(other, version)
            && (CutFromQuotation(version, other) || (other.Nodes.Any(node => faithful[node.Member]) && QualifiedFrom(version, other))))).ToList();
        var candidates = unedited.Count > 0 ? unedited : versions;
        var most = candidates.Max(version => version.Witnesses);
        var tied = candidates.Where(version => version.Witnesses == most).ToList();
        if (tied.Count > 1)
            tied = tied.Where(version => !tied.Any(other => !ReferenceEquals(other, version) && EditedFrom(version, other))).ToList() is { Count: > 0 } untouched ? untouched : tied;
        if (tied.Count == 1)
            return tied;
        var closeness = tied.Select(version => versions.Where(other => !ReferenceEquals(other, version))
            .Sum(other => other.Witnesses * Similarity(version.Words, other.Words))).ToList();
        var closest = closeness.Max();
        return tied.Where((_, i) => closeness[i] >= closest - 1e-9).ToList();
    }

    /// <summary>Words an outlet adds outside a quotation to qualify a figure or sharpen a label ("more than", "troubled"); a
    /// longer difference is as likely a cut by the other copy.</summary>
    private const int MostAdded = 2;

    /// <summary>
    /// Whether an outlet's usual edit makes <paramref name="version"/> from <paramref name="other"/>: words cut from a
    /// quotation (<see cref="CutFromQuotation"/>), or words added outside one (<see cref="QualifiedFrom"/>).
    /// </summary>
    private static bool EditedFrom(Version version, Version other) => CutFromQuotation(version, other) || QualifiedFrom(version, other);

    /// <summary>Whether <paramref name="version"/> is <paramref name="other"/> with words cut from its quotations: a
    /// quotation is not added to.</summary>
    private static bool CutFromQuotation(Version version, Version other)
    {
        var cut = Without(other.Words, version.Words);
        return cut.Count > 0 && Without(version.Words, other.Words).Count == 0 && Without(cut, other.Quoted).Count == 0;
    }

    /// <summary>Whether <paramref name="version"/> is <paramref name="other"/> with a run of words put in outside its
    /// quotations: a qualifier, a sharper label.</summary>
    private static bool QualifiedFrom(Version version, Version other)
    {
        var added = Without(version.Words, other.Words);
        return Without(other.Words, version.Words).Count == 0 && added.Count is > 0 and <= MostAdded
            && Without(added, Without(version.Words, version.Quoted)).Count == 0 && IsInsertion(version.Words, other.Words);
    }

    /// <summary>
    /// Whether the first word list is the second with one run of words put in before a word they share, as a qualifier
    /// goes before its figure and a label word before its noun. Words missing here and there, or at the end, are the
    /// other version's cuts, not an insertion.
    /// </summary>
    private static bool IsInsertion(List<string> longer, List<string> shorter)
    {
        var prefix = 0;
        while (prefix < shorter.Count && longer[prefix] == shorter[prefix])
            prefix++;
        var suffix = 0;
        while (suffix < shorter.Count - prefix && longer[^(suffix + 1)] == shorter[^(suffix + 1)])
            suffix++;
        return suffix > 0 && prefix + suffix == shorter.Count;
    }

    /// <summary>The words of the first multiset left after taking out those of the second.</summary>
    private static List<string> Without(List<string> words, List<string> taken)
    {
        var left = taken.CountBy(word => word).ToDictionary(p => p.Key, p => p.Value);
        var kept = new List<string>();
        foreach (var word in words)
        {
            if (left.TryGetValue(word, out var count) && count > 0)
                left[word] = count - 1;
            else
                kept.Add(word);
        }
        return kept;
    }

    /// <summary>The words of a sentence inside quotation marks, with a quotation opened in an earlier sentence: a first
    /// mark that closes a quotation, set against the word before it ("They are not alone," he said.), ends one begun before.</summary>
    private static List<string> Quoted(TextProfile sentence)
    {
        var quoted = new List<string>();
        var firstMark = sentence.Tokens.FirstOrDefault(token => token.Kind == TokenKind.Quote);
        var inside = firstMark.Kind == TokenKind.Quote && firstMark.Start > 0 && !char.IsWhiteSpace(sentence.Text[firstMark.Start - 1]);
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (sentence.Tokens[i].Kind == TokenKind.Quote)
                inside = !inside;
            else if (inside && sentence.Tokens[i].Kind != TokenKind.Punctuation)
                quoted.Add(sentence.Forms[i]);
        }
        return quoted;
    }

    private static List<string> Words(TextProfile sentence) =>
        sentence.Forms.Where((_, i) => sentence.Tokens[i].Kind is not (TokenKind.Punctuation or TokenKind.Quote)).ToList();

    /// <summary>Dice similarity of two word multisets.</summary>
    private static double Similarity(List<string> first, List<string> second) =>
        first.Count + second.Count == 0 ? 0 : 2.0 * (first.Count - Without(first, second).Count) / (first.Count + second.Count);
}
