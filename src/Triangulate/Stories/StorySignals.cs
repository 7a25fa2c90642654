namespace Triangulate.Stories;

/// <summary>The evidence comparing an article with a story; the score combines them with the option weights.</summary>
/// <param name="Text">Cosine of the TF-IDF term vectors (headline and lead weighted more).</param>
/// <param name="Actors">Cosine of the IDF-weighted named actor and place vectors (capitalised words and pairs).</param>
/// <param name="Numbers">Cosine of the IDF-weighted vectors of numbers mentioned (years excluded).</param>
/// <param name="YearConflict">Share of the story's dated members whose event year differs from the article's (0 when unknown).</param>
/// <param name="DaysApart">Days between the article's publication and the story's time span, when both are known.</param>
/// <param name="MemberFit">The mean of text, actor and number cosines over pairs of members, one from each side (sampled);
/// measured only when the two sides together are large enough that the centroid may fit where the members do not.</param>
/// <param name="NumberConflict">How far the figures disagree when both sides state several (a power of the share of the
/// fewer figures that the other side does not state), else 0.</param>
/// <param name="NameConflict">1 when what one side's headlines name (see <see cref="StoryMember.NameTerms"/>) occurs in
/// none of the other side's members, whose own members name nothing in common either; else 0. Weighed only when the
/// other signals would let the two join.</param>
/// <param name="Meaning">When both sides are mostly short items: the mean cosine of their members' sentence embeddings
/// (see <see cref="StoryState.MeaningAgainst"/>), else null.</param>
public sealed record StorySignals(
    double Text, double Actors, double Numbers, double YearConflict, double? DaysApart, double? MemberFit = null, double NumberConflict = 0,
    double NameConflict = 0, double? Meaning = null);
