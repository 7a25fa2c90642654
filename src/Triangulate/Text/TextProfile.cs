namespace Triangulate.Text;

/// <summary>
/// A sentence prepared for comparison, computed once and stored: its tokens, each token's normalized form
/// (<see cref="TextNormalizer"/>) and stem (<see cref="PorterStemmer"/> for words, the form otherwise),
/// and its number expressions. <see cref="Forms"/> and <see cref="Stems"/> run parallel to <see cref="Tokens"/>.
/// </summary>
public sealed record TextProfile(
    string Text,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<string> Forms,
    IReadOnlyList<string> Stems,
    IReadOnlyList<NumberMention> Numbers);
