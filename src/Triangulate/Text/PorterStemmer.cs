using System.Collections.Frozen;

namespace Triangulate.Text;

/// <summary>
/// The Porter2 stemmer (Martin Porter's Snowball "english" algorithm), written from its published description,
/// including the exceptional forms. Expects a lower-case word (a <see cref="TextNormalizer"/> form); returns its stem.
/// </summary>
public static class PorterStemmer
{
    private const int MaxWordLength = 64;

    private static readonly FrozenDictionary<string, string> ExceptionalForms = new Dictionary<string, string>
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    }.ToFrozenDictionary();

    // Words left as they are once Step 1a has run.
    private static readonly FrozenSet<string> InvariantAfterStep1A =
        new[] { "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed" }.ToFrozenSet();

    private static readonly string[] R1Prefixes = ["gener", "commun", "arsen"];

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"),
        ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"), ("enci", "ence"),
        ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"), ("bli", "ble"),
        ("ogi", "og"), ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""),
        ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
        "al", "er", "ic",
    ];

    /// <summary>Returns the stem of <paramref name="word"/>; words of two letters or fewer, or longer than 64, are returned as they are.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 2 || word.Length > MaxWordLength)
        {
            return word;
        }

        if (ExceptionalForms.TryGetValue(word, out var exceptional))
        {
            return exceptional;
        }

        var stemmer = new Word(word, stackalloc char[MaxWordLength]);
        stemmer.Run();
        return stemmer.ToString();
    }

    /// <summary>The word being stemmed, as a mutable buffer with its R1 and R2 region starts.</summary>
    private ref struct Word
    {
        private readonly Span<char> buffer;
        private int length;
        private int r1;
        private int r2;

        public Word(string word, Span<char> buffer)
        {
            this.buffer = buffer;
            var start = word[0] == '\'' ? 1 : 0;
            word.AsSpan(start).CopyTo(buffer);
            length = word.Length - start;
        }

        private readonly ReadOnlySpan<char> Text => buffer[..length];

        public void Run()
        {
            if (length <= 2)
            {
                return;
            }

            MarkConsonantY();
            MarkRegions();
            Step0();
            Step1A();
            if (InvariantAfterStep1A.Contains(ToString()))
            {
                return;
            }

            Step1B();
            Step1C();
            Step2();
            Step3();
            Step4();
            Step5();
        }

        public override readonly string ToString() => new string(Text).Replace('Y', 'y');

        private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

        private static bool IsDouble(ReadOnlySpan<char> pair) =>
            pair[0] == pair[1] && pair[0] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

        private static bool IsValidLiEnding(char c) => c is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't';

        /// <summary>Marks y as a consonant (Y) at the start of the word and after a vowel.</summary>
        private readonly void MarkConsonantY()
        {
            for (var i = 0; i < length; i++)
            {
                if (buffer[i] == 'y' && (i == 0 || IsVowel(buffer[i - 1])))
                {
                    buffer[i] = 'Y';
                }
            }
        }

        private void MarkRegions()
        {
            r1 = -1;
            foreach (var prefix in R1Prefixes)
            {
                if (Text.StartsWith(prefix))
                {
                    r1 = prefix.Length;
                    break;
                }
            }

            if (r1 < 0)
            {
                r1 = RegionAfter(0);
            }

            r2 = RegionAfter(r1);
        }

        /// <summary>The index after the first non-vowel that follows a vowel, from <paramref name="from"/> on; the length if none.</summary>
        private readonly int RegionAfter(int from)
        {
            for (var i = Math.Max(from, 1); i < length; i++)
            {
                if (!IsVowel(buffer[i]) && IsVowel(buffer[i - 1]) && i - 1 >= from)
                {
                    return i + 1;
                }
            }

            return length;
        }

        private readonly bool EndsWith(string suffix) => Text.EndsWith(suffix);

        private void Replace(int suffixLength, string replacement)
        {
            length -= suffixLength;
            replacement.CopyTo(buffer[length..]);
            length += replacement.Length;
        }

        private readonly bool HasVowel(int end)
        {
            for (var i = 0; i < end; i++)
            {
                if (IsVowel(buffer[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A short syllable ends at <paramref name="end"/> (exclusive).</summary>
        private readonly bool EndsInShortSyllable(int end)
        {
            if (end == 2)
            {
                return IsVowel(buffer[0]) && !IsVowel(buffer[1]);
            }

            return end >= 3 && !IsVowel(buffer[end - 3]) && IsVowel(buffer[end - 2])
                && !IsVowel(buffer[end - 1]) && buffer[end - 1] is not ('w' or 'x' or 'Y');
        }

        private readonly bool IsShort => r1 >= length && EndsInShortSyllable(length);

        private void Step0()
        {
            if (EndsWith("'s'"))
            {
                length -= 3;
            }
            else if (EndsWith("'s"))
            {
                length -= 2;
            }
            else if (EndsWith("'"))
            {
                length -= 1;
            }
        }

        private void Step1A()
        {
            if (EndsWith("sses"))
            {
                length -= 2;
            }
            else if (EndsWith("ied") || EndsWith("ies"))
            {
                Replace(3, length > 4 ? "i" : "ie");
            }
            else if (EndsWith("us") || EndsWith("ss"))
            {
                // left as they are
            }
            else if (EndsWith("s") && HasVowel(length - 2))
            {
                length--;
            }
        }

        private void Step1B()
        {
            if (EndsWith("eedly") || EndsWith("eed"))
            {
                var suffix = EndsWith("eedly") ? 5 : 3;
                if (length - suffix >= r1)
                {
                    Replace(suffix, "ee");
                }

                return;
            }

            var removable = EndsWith("ingly") ? 5 : EndsWith("edly") ? 4 : EndsWith("ing") ? 3 : EndsWith("ed") ? 2 : 0;
            if (removable == 0 || !HasVowel(length - removable))
            {
                return;
            }

            length -= removable;
            if (EndsWith("at") || EndsWith("bl") || EndsWith("iz"))
            {
                Replace(0, "e");
            }
            else if (length >= 2 && IsDouble(Text[^2..]))
            {
                length--;
            }
            else if (IsShort)
            {
                Replace(0, "e");
            }
        }

        private void Step1C()
        {
            if (length > 2 && buffer[length - 1] is 'y' or 'Y' && !IsVowel(buffer[length - 2]))
            {
                buffer[length - 1] = 'i';
            }
        }

        private void Step2()
        {
            foreach (var (suffix, replacement) in Step2Rules)
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }

                var start = length - suffix.Length;
                if (start < r1)
                {
                    return;
                }

                if (suffix == "ogi" && buffer[start - 1] != 'l')
                {
                    return;
                }

                if (suffix == "li" && !IsValidLiEnding(buffer[start - 1]))
                {
                    return;
                }

                Replace(suffix.Length, replacement);
                return;
            }
        }

        private void Step3()
        {
            foreach (var (suffix, replacement) in Step3Rules)
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }

                var start = length - suffix.Length;
                if (start >= r1 && (suffix != "ative" || start >= r2))
                {
                    Replace(suffix.Length, replacement);
                }

                return;
            }
        }

        private void Step4()
        {
            foreach (var suffix in Step4Suffixes)
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }

                var start = length - suffix.Length;
                if (start >= r2 && (suffix != "ion" || buffer[start - 1] is 's' or 't'))
                {
                    length = start;
                }

                return;
            }
        }

        private void Step5()
        {
            var last = length - 1;
            if (buffer[last] == 'e' && (last >= r2 || (last >= r1 && !EndsInShortSyllable(last))))
            {
                length--;
            }
            else if (buffer[last] == 'l' && last >= r2 && buffer[last - 1] == 'l')
            {
                length--;
            }
        }
    }
}
