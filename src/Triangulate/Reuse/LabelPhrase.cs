using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>
/// A descriptive noun phrase of the kind outlets use for actors: modifiers and a head such as "group", "rebels" or
/// "militia" ("Palestinian Islamist terror groups", "the militia"). Outlets differ most in these words.
/// </summary>
/// <param name="Words">Normalised forms of the modifiers and the head.</param>
/// <param name="Head">The head's stem, so "group" and "groups" compare equal.</param>
/// <param name="Text">The phrase as written.</param>
public sealed record LabelPhrase(IReadOnlyList<string> Words, string Head, string Text)
{
    private const int MaxModifiers = 4;

    private static readonly HashSet<string> Heads =
    [
        "group", "groups", "faction", "factions", "movement", "movements", "militia", "militias", "rebels", "rebel", "militants",
        "fighters", "terrorists", "insurgents", "organisation", "organization", "regime", "outfit", "extremists", "separatists",
        "company", "firm", "government", "party", "union", "club", "band", "team",
    ];

    /// <summary>Determiners a label may start with; they are dropped from the phrase.</summary>
    private static readonly HashSet<string> Determiners = ["the", "a", "an", "two", "three", "both", "its", "their"];

    /// <summary>Words that stand before a noun without describing it.</summary>
    private static readonly HashSet<string> NotModifiers =
        ["alongside", "against", "among", "amid", "between", "including", "like", "toward", "towards", "via", "versus", "despite", "other", "such", "several", "many", "various"];

    public bool SameAs(LabelPhrase other) => Words.SequenceEqual(other.Words);

    /// <summary>
    /// Whether this phrase calls the actor something the other does not: a word of its own. A phrase cut short
    /// ("political party" to "party") says less, not something else.
    /// </summary>
    public bool SaysMoreThan(LabelPhrase other) => Words.Except(other.Words, StringComparer.Ordinal).Any();

    public static IReadOnlyList<LabelPhrase> In(TextProfile sentence)
    {
        var phrases = new List<LabelPhrase>();
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (sentence.Tokens[i].Kind != TokenKind.Word || !Heads.Contains(Unpossessed(sentence.Forms[i])))
                continue;
            var start = i;
            while (start > 0 && i - start < MaxModifiers && IsModifier(sentence, start - 1))
                start--;
            var determined = start > 0 && Determiners.Contains(sentence.Forms[start - 1]);
            if (start == i && !determined)
                continue;
            var words = Enumerable.Range(start, i - start + 1).Select(k => sentence.Forms[k]).ToList();
            // A head in the possessive ("the company's profits") is the head: the phrase ends before the "'s".
            words[^1] = Unpossessed(words[^1]);
            var end = sentence.Tokens[i].Start + Unpossessed(sentence.Text[sentence.Tokens[i].Start..sentence.Tokens[i].End]).Length;
            var head = words[^1] == sentence.Forms[i] ? sentence.Stems[i] : PorterStemmer.Stem(words[^1]);
            phrases.Add(new LabelPhrase(words, head, sentence.Text[sentence.Tokens[start].Start..end]));
        }
        return phrases;
    }

    /// <summary>"company's" is the head "company" in the possessive.</summary>
    private static string Unpossessed(string form) =>
        form.EndsWith("'s", StringComparison.Ordinal) || form.EndsWith("’s", StringComparison.Ordinal) ? form[..^2] : form;

    private static bool IsModifier(TextProfile sentence, int index)
    {
        var token = sentence.Tokens[index];
        var form = sentence.Forms[index];
        return token.Kind is TokenKind.Word or TokenKind.Acronym && !StopWords.Contains(form) && !Determiners.Contains(form) && !NotModifiers.Contains(form)
            && !form.EndsWith("'s", StringComparison.Ordinal) && !Heads.Contains(form);
    }
}
