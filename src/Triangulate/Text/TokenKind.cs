namespace Triangulate.Text;

/// <summary>What a <see cref="Token"/> is: the tokenizer's coarse class, enough for downstream stages to filter on.</summary>
public enum TokenKind
{
    /// <summary>A word, including hyphenated words (Iran-backed) and words with apostrophes (Yemen's, Hamas').</summary>
    Word,

    /// <summary>A word in capitals (PFLP) or dotted initials (U.S.).</summary>
    Acronym,

    /// <summary>A numeral: 2024, 31,490, 1.5, 10:54, 10th.</summary>
    Number,

    /// <summary>A quotation mark, straight or typographic.</summary>
    Quote,

    /// <summary>Sentence and clause punctuation: . , ; : ! ? ( ) dashes and ellipses.</summary>
    Punctuation,

    /// <summary>Any other visible character: currency, percent, ampersand, emoji.</summary>
    Symbol,
}
