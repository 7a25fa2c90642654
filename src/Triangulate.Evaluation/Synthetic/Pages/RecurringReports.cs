using System.Text.RegularExpressions;

namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>
/// Wire reports that recur on a template: the weekly "N.Y. BANK DISCOUNT BORROWINGS 64 MLN DLRS", the Bank of
/// England's daily money-market help, each company's quarterly earnings. Each report is a story of its own.
/// </summary>
internal static partial class RecurringReports
{
    /// <summary>The template a headline follows (digits and tickers blanked; every earnings report one template).</summary>
    public static string Template(string title) =>
        Earnings().IsMatch(title) ? "earnings" : Digits().Replace(Ticker().Replace(title, ""), "#").Trim();

    [GeneratedRegex(@"\b(?:QTR|YEAR|MTHS?|NINE MTHS|SIX MTHS)\b.*\b(?:NET|LOSS|PROFIT)\b\s*$")]
    private static partial Regex Earnings();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Digits();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Ticker();
}
