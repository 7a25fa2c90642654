using System.Collections.Frozen;
using System.Globalization;

namespace Triangulate.Text;

/// <summary>
/// Reads number expressions so that equal quantities compare equal however they are written:
/// "1.5 mln", "1.5 million", "1,500,000" and "1500000" all have the value 1,500,000.
/// Understands numerals (31,490 · 1.5 · 10th · 10:54 as hours), number words (three, twenty-five, a dozen, a million),
/// vague quantities (dozens, hundreds, tens of thousands) and scale words (thousand/k, million/mln/m, billion/bn/b).
/// </summary>
public static class NumberNormalizer
{
    private static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, decimal> ScaleWords = new Dictionary<string, decimal>
    {
        ["dozen"] = 12m, ["hundred"] = 100m, ["thousand"] = 1e3m, ["million"] = 1e6m, ["mln"] = 1e6m, ["mn"] = 1e6m,
        ["billion"] = 1e9m, ["bln"] = 1e9m, ["bn"] = 1e9m, ["trillion"] = 1e12m, ["tn"] = 1e12m, ["trn"] = 1e12m,
    }.ToFrozenDictionary();

    // Abbreviations that are only a scale when written against the numeral: "5m", "2bn", "10k".
    private static readonly FrozenDictionary<string, decimal> AttachedScales = new Dictionary<string, decimal>
    {
        ["k"] = 1e3m, ["m"] = 1e6m, ["b"] = 1e9m,
    }.ToFrozenDictionary();

    // Plural quantities: the value is a lower estimate, so the quantity is inexact.
    private static readonly FrozenDictionary<string, decimal> VagueQuantities = new Dictionary<string, decimal>
    {
        ["tens"] = 20m, ["dozens"] = 24m, ["scores"] = 40m, ["hundreds"] = 200m, ["thousands"] = 2000m,
        ["millions"] = 2e6m, ["billions"] = 2e9m,
    }.ToFrozenDictionary();

    /// <summary>
    /// Parses <paramref name="text"/> as one number expression, optionally with currency or percent signs around it
    /// ("$2.5bn", "1.5 mln", "three"). Returns false when the text is not exactly one number expression.
    /// </summary>
    public static bool TryParse(string text, out NumberValue value)
    {
        var tokens = Tokenizer.Tokenize(text);
        var forms = Array.ConvertAll(tokens, token => TextNormalizer.Normalize(token.In(text)));
        var mentions = Find(tokens, forms);
        value = default;
        if (mentions.Length != 1)
        {
            return false;
        }

        var mention = mentions[0];
        foreach (var token in tokens)
        {
            var inside = token.Start >= mention.Start && token.End <= mention.Start + mention.Length;
            if (!inside && token.Kind != TokenKind.Symbol)
            {
                return false;
            }
        }

        value = mention.Value;
        return true;
    }

    /// <summary>Finds the number expressions in a tokenized text, given each token's normalized form.</summary>
    public static NumberMention[] Find(IReadOnlyList<Token> tokens, IReadOnlyList<string> forms)
    {
        var mentions = new List<NumberMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var end = TryReadQuantity(tokens, forms, i, out var value, out var exact);
            if (end == i)
            {
                i++;
                continue;
            }

            end = ReadScales(tokens, forms, end, ref value, exact);
            var start = tokens[i].Start;
            mentions.Add(new NumberMention(start, tokens[end - 1].End - start, new NumberValue((double)value, exact)));
            i = end;
        }

        return mentions.ToArray();
    }

    /// <summary>Reads a numeral, number words or a vague quantity at <paramref name="index"/>; returns the index after it.</summary>
    private static int TryReadQuantity(IReadOnlyList<Token> tokens, IReadOnlyList<string> forms, int index, out decimal value, out bool exact)
    {
        exact = true;
        value = 0;
        if (tokens[index].Kind == TokenKind.Number)
        {
            return TryParseNumeral(forms[index], out value) ? index + 1 : index;
        }

        if (VagueQuantities.TryGetValue(forms[index], out value))
        {
            exact = false;
            return index + 1;
        }

        if (forms[index] == "a" && index + 1 < tokens.Count && ScaleWords.ContainsKey(forms[index + 1]))
        {
            // "a dozen", "a million": one of the scale that follows.
            value = 1;
            return index + 1;
        }

        var end = index;
        while (end < tokens.Count)
        {
            if (TryParseNumberWord(forms[end], out var part))
            {
                value += part;
            }
            else if (forms[end] == "hundred" && end > index)
            {
                value *= 100;
            }
            else if (forms[end] == "and" && end > index && end + 1 < tokens.Count && TryParseNumberWord(forms[end + 1], out _))
            {
                // "one hundred and five": the "and" joins the parts.
            }
            else
            {
                break;
            }

            end++;
        }

        return end;
    }

    private static int ReadScales(IReadOnlyList<Token> tokens, IReadOnlyList<string> forms, int index, ref decimal value, bool exact)
    {
        while (index < tokens.Count)
        {
            var form = forms[index];
            var attached = tokens[index].Start == tokens[index - 1].End;
            if (ScaleWords.TryGetValue(form, out var scale) || (attached && AttachedScales.TryGetValue(form, out scale)))
            {
                value = Multiply(value, scale);
                index++;
            }
            else if (!exact && form == "of" && index + 1 < tokens.Count && VagueQuantities.TryGetValue(forms[index + 1], out var plural))
            {
                // "tens of thousands", "hundreds of millions": the plural names the scale.
                value = Multiply(value, plural / 2);
                index += 2;
            }
            else
            {
                break;
            }
        }

        return index;
    }

    private static decimal Multiply(decimal value, decimal scale) =>
        value < decimal.MaxValue / scale ? value * scale : decimal.MaxValue;

    private static bool TryParseNumberWord(string form, out decimal value)
    {
        if (NumberWords.TryGetValue(form, out var small))
        {
            value = small;
            return true;
        }

        // "twenty-five"
        value = 0;
        var hyphen = form.IndexOf('-');
        if (hyphen <= 0
            || !NumberWords.TryGetValue(form[..hyphen], out var tens) || tens is < 20 or > 90
            || !NumberWords.TryGetValue(form[(hyphen + 1)..], out var units) || units is < 1 or > 9)
        {
            return false;
        }

        value = tens + units;
        return true;
    }

    /// <summary>Parses a numeral token's normalized form: "31,490", "1.5", "10th", "10:54" (as 10.9 hours).</summary>
    private static bool TryParseNumeral(string form, out decimal value)
    {
        var text = form.AsSpan();
        if (text.Length > 2 && char.IsAsciiLetter(text[^1]))
        {
            text = text[..^2];
        }

        var colon = text.IndexOf(':');
        if (colon > 0)
        {
            var parsed = decimal.TryParse(text[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var hours);
            parsed &= decimal.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes);
            value = hours + minutes / 60;
            return parsed;
        }

        return decimal.TryParse(text, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
