using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>Where an event took place, as the gazetteer knows it.</summary>
/// <param name="Name">The place ("Beirut", "Lebanon", "Red Sea").</param>
/// <param name="Country">Its country; empty for a region beyond one country.</param>
public sealed record EventPlace(string Name, string Country, double? Latitude, double? Longitude, Evidence Evidence);
