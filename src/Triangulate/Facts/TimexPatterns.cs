using System.Text.RegularExpressions;
using Triangulate.Text;

namespace Triangulate.Facts;

/// <summary>
/// The surface patterns of English news time expressions. Month and weekday names are matched case-sensitively
/// (capitalised), so "may" and "march" as verbs are not dates; other words ignore case.
/// </summary>
internal static partial class TimexPatterns
{
    /// <summary>Month names from the calendar lexicon; "Mar", "Jun", "Jul" and "Sep" abbreviate only with their full stop.</summary>
    public const string Month =
        @"(?<month>" + CalendarLexicon.MonthNames + @"|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?)";
    public const string Weekday = @"(?<weekday>" + CalendarLexicon.WeekdayNames + ")";
    public const string Count =
        @"(?<n>\d+(?:[.,]\d+)?(?:\s+1/2)?|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds\s+of|thousands\s+of|several|a\s+few|few|a\s+couple\s+of|couple\s+of|many|some|a\s+half|half\s+an?))";
    /// <summary>Years as broadcast transcripts spell them: "nineteen ninety-six", "two thousand".</summary>
    public const string SpokenYear =
        @"(?i:(?<century>nineteen)[- ](?<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?<century>two\s+thousand)(?:\s+and)?(?:\s+(?<rest>one|two|three|four|five|six|seven|eight|nine|ten))?)";
    public const string Unit = @"(?<unit>(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?|weekends?))";
    public const string Approximation = @"(?:(?<approx>(?i:about|around|nearly|almost|roughly|approximately|some|more\s+than|over|at\s+least|less\s+than|under|fewer\s+than|up\s+to|at\s+most))\s+)?";

    [GeneratedRegex(@"\b(?:(?<mod>(?i:early|mid|late))[- ])?" + Month + @"\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<year>1\d\d\d|20\d\d)\b(?!\d)")]
    public static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+(?<year>1\d\d\d|20\d\d)\b")]
    public static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![,.]?\d|:\d)")]
    public static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\b")]
    public static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?:(?<mod>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))[- ]?)?" + Month + @",?\s+(?:of\s+)?(?<year>1\d\d\d|20\d\d)\b")]
    public static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:(?<rel>(?i:last|this|next|early|late|mid|earlier\s+this|later\s+this|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|each|every))[- ]?)?" + Month + @"\b(?!\.\w)(?:\s+(?<yearrel>(?i:last|this|next))\s+(?i:year)\b)?")]
    public static partial Regex BareMonth();

    [GeneratedRegex(@"\b(?<prep>in|since|until|till|by|during|from|through|of|before|after|between|and|to|for)\s+$", RegexOptions.IgnoreCase)]
    public static partial Regex PrepositionBefore();

    [GeneratedRegex(@"\b" + Weekday + @",?\s+" + Month + @"\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?<year>1\d\d\d|20\d\d)\b)?(?![,.]?\d|:\d)")]
    public static partial Regex WeekdayDate();

    [GeneratedRegex(@"\b(?:(?<rel>(?i:last|next|this|early|late|each|every))\s+)?" + Weekday + @"(?<plural>s)?(?:\s+(?<part>(?i:morning|afternoon|evening|night)s?))?\b")]
    public static partial Regex WeekdayName();

    [GeneratedRegex(@"(?<![\$\d.,#])\b(?:(?<fiscal>(?i:fiscal)(?:\s+(?i:year))?)\s+)?(?<year>1[5-9]\d\d|20\d\d)\b(?![,.]\d|\s*%|-\d|\s*(?i:percent))")]
    public static partial Regex Year();

    [GeneratedRegex(@"\b(?:the\s+)?(?<decade>1[5-9]\d0|20\d0)'?s\b")]
    public static partial Regex Decade();

    [GeneratedRegex(@"\b(?:(?<lead>(?i:the\s+year)|(?i:the\s+)?(?<season>(?i:spring|summer|fall|autumn|winter))\s+(?i:of)|" + Month + @")\s+)?" + SpokenYear + @"\b(?!\s+" + Unit + ")")]
    public static partial Regex SpokenYearPhrase();

    [GeneratedRegex(@"\b(?<ordinal>1?\d|2[01])(?:st|nd|rd|th)\s+(?i:century)\b")]
    public static partial Regex OrdinalCentury();

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d)\b|\b(?<m>1[0-2]|0?[1-9])/(?<d>[0-3]?\d)/(?<year>(?:19|20)\d\d)\b")]
    public static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?<word>today|yesterday|tomorrow|tonight|now|currently|current|nowadays|presently|at\s+present|these\s+days|recently|formerly|lately|the\s+past|the\s+future|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|overnight|this\s+morning|this\s+afternoon|this\s+evening|last\s+night|midday|noon|midnight)\b", RegexOptions.IgnoreCase)]
    public static partial Regex DeicticWord();

    [GeneratedRegex(@"\b(?<rel>last|this|next|the\s+past|the\s+coming|the\s+current|the\s+latest|the\s+same|the\s+previous|the\s+following|the\s+full|earlier\s+this|later\s+this|early\s+this|early\s+next|late\s+last|late\s+this|late\s+next|the|a)\s+(?<unit>week|month|year|quarter|weekend|decade|century|period|fiscal\s+year|spring|summer|fall|autumn|winter)\b", RegexOptions.IgnoreCase)]
    public static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b(?:(?<rel>the|last|this|next|the\s+latest|the\s+previous)\s+)?(?:(?<yearrel>last|this|next)\s+year'?s\s+|(?:the\s+)?(?<leadyear>1\d\d\d|20\d\d)\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?<unit>quarter|half)(?:\s+(?:of\s+)?(?:(?<fiscal>fiscal)\s+)?(?<year>1\d\d\d|20\d\d))?\b", RegexOptions.IgnoreCase)]
    public static partial Regex OrdinalQuarter();

    [GeneratedRegex(@"\b(?:the\s+)?year-(?:ago|earlier)(?:\s+(?<unit>quarter|period|month|week))?\b", RegexOptions.IgnoreCase)]
    public static partial Regex YearAgoPeriod();

    [GeneratedRegex(@"\b(?:the\s+)?(?<year>1\d\d\d|20\d\d)\s+(?<unit>period|quarter)\b", RegexOptions.IgnoreCase)]
    public static partial Regex YearPeriod();

    [GeneratedRegex(@"\b" + Count + @"[- ]" + Unit + @"\s+(?<dir>(?i:ago|earlier|later|before|from\s+now|hence))\b")]
    public static partial Regex Offset();

    [GeneratedRegex(@"\b" + Approximation + @"(?:(?<lead>(?i:the\s+(?:past|last|next|first|coming|previous|following|latest|final|initial|same|remaining|entire|whole|full)|the|(?:in|for)\s+the\s+past|recent|coming))\s+)?" + Count + @"[- ]" + Unit + @"(?![- ]old)\b")]
    public static partial Regex CountedDuration();

    [GeneratedRegex(@"\b(?<lead>(?i:recent|coming|several|many|few|the\s+past\s+few|the\s+next\s+few|the\s+last\s+few|the\s+past\s+several|the\s+coming|the\s+next|the\s+past|the\s+last|the|for|in))\s+(?<unit>(?i:years|months|weeks|days|hours|minutes|decades|centuries))\b")]
    public static partial Regex VagueDuration();

    [GeneratedRegex(@"\b" + Approximation + @"(?:(?<h>[01]?\d)(?::(?<m>[0-5]\d))?\s*(?<ampm>(?i:a\.?m\b\.?|p\.?m\b\.?))|(?<noon>(?i:noon|midnight))(?=,?\s+(?:on\s+)?(?:" + Weekday + @"|(?i:today|yesterday|tomorrow))))(?:\s+(?<zone>[ECMP][SD]T|GMT|UTC))?(?:,?\s+(?:(?:on\s+)?" + Weekday + @"|(?<dayword>(?i:today|yesterday|tomorrow))))?(?:,?\s+" + Month + @"\s+(?<day>[0-3]?\d)\b(?![,.]?\d|:\d))?")]
    public static partial Regex ClockTime();

    /// <summary>What every clock time holds: a digit before "a.m." or "pm", or "noon" or "midnight".</summary>
    [GeneratedRegex(@"\d\s*[ap]\.?m\b|noon|midnight", RegexOptions.IgnoreCase)]
    public static partial Regex ClockTimeHint();

    [GeneratedRegex(@"\b(?<word>daily|weekly|monthly|annually|yearly|hourly|nightly)\b|\b(?:every|each|per)\s+(?<unit>day|week|month|year|quarter|hour|minute|night)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Recurrence();

    [GeneratedRegex(@"\b(?<holiday>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Independence\s+Day|Valentine's\s+Day|Halloween)\b")]
    public static partial Regex Holiday();

    [GeneratedRegex(@"^\s+end(?:ed|ing)\b", RegexOptions.IgnoreCase)]
    public static partial Regex EndedAfter();

    [GeneratedRegex(@"\bover\s+$", RegexOptions.IgnoreCase)]
    public static partial Regex OverBefore();

    [GeneratedRegex(@"\b(?:will|'ll|shall|scheduled|next|upcoming|going\s+to|is\s+due|are\s+due|(?:set|planned|plans?|expected|due)\s+to|to\s+be\s+held|plann(?:ed|ing)|as\s+(?:soon|early)\s+as|until|might|could)\b", RegexOptions.IgnoreCase)]
    public static partial Regex FutureCue();

    [GeneratedRegex(@"\b(?:was|were|had|did|(?<!\b(?:will|to|'ll)\s+be\s+)[a-z]{3,}ed)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PastTenseVerb();
}
