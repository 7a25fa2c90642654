namespace Triangulate.Text;

/// <summary>A number expression found in a text: its character span and its value ("1.5 mln" → 1,500,000).</summary>
public readonly record struct NumberMention(int Start, int Length, NumberValue Value);
