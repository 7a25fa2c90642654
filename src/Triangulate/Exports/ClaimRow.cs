using Triangulate.Analysis;
using Triangulate.Events;

namespace Triangulate.Exports;

/// <summary>One merged numeric claim as a CSV row, with its wordings, its sources, and the claims revising or contradicting it.</summary>
public sealed record ClaimRow(
    string ClaimId, string Counts, double? Value, string Wordings, string What, string AccordingTo, string About,
    string Status, int IndependentOrigins, int Articles, string Revisions, string Contradictions, string Evidence)
{
    public static ClaimRow Of(ClaimView claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new ClaimRow(claim.Id, claim.Counts, claim.Value, string.Join(" | ", claim.Wordings), claim.What ?? "",
            string.Join("; ", claim.Sources), claim.About?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            claim.Status, claim.IndependentOrigins, claim.Articles.Count,
            string.Join(" ", claim.Links.Where(l => l.Kind == ClaimLinkKind.Revision).Select(l => l.Claim)),
            string.Join(" ", claim.Links.Where(l => l.Kind == ClaimLinkKind.Contradiction).Select(l => l.Claim)),
            claim.Evidence.Count > 0 ? claim.Evidence[0].Text : "");
    }
}
