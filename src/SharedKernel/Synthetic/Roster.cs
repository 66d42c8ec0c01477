using Posyandu.SharedKernel.Domain;

namespace Posyandu.SharedKernel.Synthetic;

/// <summary>A registered resident as the sector writers need them: the registry's id and what their records depend on.</summary>
public sealed record Member(Guid Id, Sex Sex, DateOnly Born, string Relation, string Village, int ServiceDay)
{
    public int AgeYearsOn(DateOnly day) => day.Year - Born.Year - (day < Born.AddYears(day.Year - Born.Year) ? 1 : 0);
}

/// <summary>A registered household (KK): the house a housing assessment is of.</summary>
public sealed record Dwelling(Guid Id, string Village, int Members);

/// <summary>Everyone the registry phase registered, in registration order (the sector phases walk it in that order, so they are deterministic too).</summary>
public sealed class Roster
{
    public List<Member> Members { get; } = [];

    public List<Dwelling> Households { get; } = [];

    /// <summary>The generation's window: the first day of its first month up to today.</summary>
    public required DateOnly From { get; init; }

    public required DateOnly Today { get; init; }

    public IEnumerable<Member> UnderFives => Members.Where(m => Today.DayNumber - m.Born.DayNumber < 5 * 365 + 1);
}
