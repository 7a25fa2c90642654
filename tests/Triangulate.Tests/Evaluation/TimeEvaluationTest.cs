using Triangulate.Evaluation;

namespace Triangulate.Tests.Evaluation;

public class TimeEvaluationTest : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timex-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ScoresSpansAndValuesAgainstTheGold()
    {
        // "Tuesday" is found with the gold's value; "last week" is found, but this gold gives it another value;
        // "the harvest" is in the gold but is no time expression Triangulate knows.
        const string text = "The council met on Tuesday and last week, before the harvest.";
        File.WriteAllText(Path.Combine(_folder, "docs.jsonl"),
            $$"""{"id": "d1", "text": "{{text}}", "date": "2024-03-15"}""" + "\n");
        var tuesday = text.IndexOf("Tuesday", StringComparison.Ordinal);
        var lastWeek = text.IndexOf("last week", StringComparison.Ordinal);
        var harvest = text.IndexOf("the harvest", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "gold.jsonl"),
            $$"""{"id": "d1", "items": [{"start": {{tuesday}}, "end": {{tuesday + 7}}, "type": "DATE", "value": "2024-03-12"}, {"start": {{lastWeek}}, "end": {{lastWeek + 9}}, "type": "DATE", "value": "2024-W09"}, {"start": {{harvest}}, "end": {{harvest + 11}}, "type": "DATE", "value": "2024-FA"}]}""" + "\n");
        var predictions = Path.Combine(_folder, "predictions.jsonl");

        var metrics = TimeEvaluation.Evaluate(_folder, predictions).Metrics;

        Assert.Equal(2, metrics["predicted"]);
        Assert.Equal(3, metrics["gold"]);
        Assert.Equal(2 / 3.0, metrics["relaxed_recall"], 6);
        Assert.Equal(1 / 2.0, metrics["value_precision"], 6);
        Assert.Equal(1 / 3.0, metrics["value_recall"], 6);
        Assert.True(File.ReadAllText(predictions).Contains("\"value\":\"2024-03-12\"", StringComparison.Ordinal));
    }
}
