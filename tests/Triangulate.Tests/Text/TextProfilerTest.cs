using Triangulate.Text;

namespace Triangulate.Tests.Text;

public class TextProfilerTest
{
    [Fact]
    public void FormsAndStemsRunParallelToTokens()
    {
        var profile = TextProfiler.Profile("Rescuers in Nakhalé said the U.S.-funded clinics were reopening, with 31,490 doses.");
        Assert.Equal(profile.Tokens.Count, profile.Forms.Count);
        Assert.Equal(profile.Tokens.Count, profile.Stems.Count);
        Assert.Contains("nakhale", profile.Forms);
        Assert.Contains("rescuer", profile.Stems);
        Assert.Contains("reopen", profile.Stems);
        Assert.Contains("u.s.", profile.Stems);
        Assert.Equal(31_490, Assert.Single(profile.Numbers).Value.Value);
    }
}
