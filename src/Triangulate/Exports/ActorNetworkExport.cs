using Triangulate.Facts;
using Triangulate.Events;
using System.Globalization;
using System.Xml;

namespace Triangulate.Exports;

/// <summary>
/// Writes the actor network as GraphML: actors as nodes, an edge for each pair of actors taking part in one event,
/// weighted by the event's independent origins (summed over the events the pair shares).
/// </summary>
public static class ActorNetworkExport
{
    public static void Write(TextWriter writer, IReadOnlyList<EventView> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var nodes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var edges = new SortedDictionary<(string, string), (double Weight, List<string> Types)>();
        foreach (var fact in events)
        {
            var actors = fact.Participants.Where(p => ParticipantRoles.TakesPart(p.Role)).Select(p => (p.Name, p.Type)).DistinctBy(p => p.Name).ToList();
            foreach (var (name, type) in actors)
                nodes.TryAdd(name, type);
            for (var a = 0; a < actors.Count; a++)
            {
                for (var b = a + 1; b < actors.Count; b++)
                {
                    var key = string.CompareOrdinal(actors[a].Name, actors[b].Name) < 0 ? (actors[a].Name, actors[b].Name) : (actors[b].Name, actors[a].Name);
                    var edge = edges.GetValueOrDefault(key, (0, []));
                    edge.Types.Add(fact.Type);
                    edges[key] = (edge.Weight + fact.IndependentOrigins, edge.Types);
                }
            }
        }
        using var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, CloseOutput = false });
        xml.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
        Key(xml, "type", "node", "string");
        Key(xml, "weight", "edge", "double");
        Key(xml, "events", "edge", "string");
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "actors");
        xml.WriteAttributeString("edgedefault", "undirected");
        foreach (var (name, type) in nodes)
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", name);
            Data(xml, "type", type);
            xml.WriteEndElement();
        }
        foreach (var ((source, target), (weight, types)) in edges)
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("source", source);
            xml.WriteAttributeString("target", target);
            Data(xml, "weight", weight.ToString(CultureInfo.InvariantCulture));
            Data(xml, "events", string.Join(",", types.Distinct()));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Key(XmlWriter xml, string name, string scope, string type)
    {
        xml.WriteStartElement("key");
        xml.WriteAttributeString("id", name);
        xml.WriteAttributeString("for", scope);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
