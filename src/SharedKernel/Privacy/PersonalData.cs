using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Security;

namespace Posyandu.SharedKernel.Privacy;

/// <summary>
/// Which personal fields of a person a response may carry for a caller: the data-minimisation model of UU 27/2022
/// (art. 16(2): processed only as far as the purpose needs), written down once. Every response that shows a person
/// (the registry's residents and households, the sectors' worklists) is shaped by <see cref="For(ICurrentUser)"/>.
/// </summary>
/// <param name="NikFragment">The masked NIK (<see cref="Nik.Masked"/>: the regency of first registration, nothing
/// else). A NIK is district + birth date (+40 for women) + serial, so a longer fragment next to a birth date and sex
/// is one guess from the whole number.</param>
/// <param name="BirthDate">The exact birth date — needed to weigh a child on the WHO tables, schedule a dose, check a
/// NIK against it.</param>
/// <param name="Age">The age in whole years and months on today (PAUD age, school age, BKB age bands) without the
/// date itself.</param>
public sealed record PersonalFields(bool NikFragment, bool BirthDate, bool Age)
{
    /// <summary>Everything: identification is the work (DPMD's registry, Health, Social, the kader who registers people).</summary>
    public static PersonalFields Identifying { get; } = new(NikFragment: true, BirthDate: true, Age: true);

    /// <summary>The age, not the date: Education and community education work by age bands.</summary>
    public static PersonalFields AgeOnly { get; } = new(NikFragment: false, BirthDate: false, Age: true);

    /// <summary>Name, sex and household only: Housing and Public Works serve households, not birthdays.</summary>
    public static PersonalFields HouseholdOnly { get; } = new(NikFragment: false, BirthDate: false, Age: false);

    /// <summary>A caller with several roles sees what any of them may.</summary>
    public PersonalFields Or(PersonalFields other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(NikFragment || other.NikFragment, BirthDate || other.BirthDate, Age || other.Age || BirthDate || other.BirthDate);
    }

    /// <summary>What a role may see (a role not in the table — none — sees nothing personal beyond a name).</summary>
    public static IReadOnlyDictionary<string, PersonalFields> ByRole { get; } = new Dictionary<string, PersonalFields>(StringComparer.Ordinal)
    {
        [Roles.Admin] = Identifying,
        [Roles.Dpmd] = Identifying,
        [Roles.Health] = Identifying,
        [Roles.Social] = Identifying,
        [Roles.Kader] = Identifying,
        [Roles.Education] = AgeOnly,
        [Roles.GeneralEducation] = AgeOnly,
        [Roles.Housing] = HouseholdOnly,
        [Roles.PublicWorks] = HouseholdOnly,
        [Roles.Desa] = HouseholdOnly,
    };

    /// <summary>The fields the current caller may see; background work (no request) sees everything.</summary>
    public static PersonalFields For(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return user.Id == "system" ? Identifying : HouseholdOnly;
        }

        return user.Roles.Select(r => ByRole.GetValueOrDefault(r, HouseholdOnly)).Aggregate(HouseholdOnly, (a, b) => a.Or(b));
    }

    /// <summary>The masked NIK, or null when the caller may not see even that (or there is no NIK).</summary>
    public string? Nik(string? nik) =>
        NikFragment && nik is not null && Domain.Nik.TryParse(nik, out var parsed, out _) ? parsed.Masked : null;

    public DateOnly? Birth(DateOnly birthDate) => BirthDate ? birthDate : null;

    /// <summary>Whole years on <paramref name="today"/>, when the caller may see an age.</summary>
    public int? AgeYears(DateOnly birthDate, DateOnly today) =>
        Age ? today.Year - birthDate.Year - (today < birthDate.AddYears(today.Year - birthDate.Year) ? 1 : 0) : null;
}

/// <summary>Shorthand for handlers.</summary>
public static class PersonalDataExtensions
{
    /// <summary>The personal fields the caller may see.</summary>
    public static PersonalFields PersonalFields(this ICurrentUser user) => Privacy.PersonalFields.For(user);
}
