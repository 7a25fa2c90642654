namespace Triangulate.Facts;

/// <summary>The TimeML types of time expression.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period: "Friday", "last week", "March 2024".</summary>
    Date,
    /// <summary>A time of day: "10:54 a.m.", "Friday morning".</summary>
    Time,
    /// <summary>A length of time: "three years", "the past two months".</summary>
    Duration,
    /// <summary>A recurrence: "daily", "every Thursday".</summary>
    Set,
}
