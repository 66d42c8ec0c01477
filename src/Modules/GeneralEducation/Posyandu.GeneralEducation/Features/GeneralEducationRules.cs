using Posyandu.GeneralEducation.Catalogue;

namespace Posyandu.GeneralEducation.Features;

/// <summary>Who may read the sector's records, what a facilitator may be, and the look-ups every feature starts from.</summary>
internal static class GeneralEducationRules
{
    /// <summary>The OPD for community education, DPMD (coordination) and the kader (their own Posyandu).</summary>
    public static readonly string[] Readers = [Roles.GeneralEducation, Roles.Dpmd, Roles.Kader];

    /// <summary>A facilitator is a kader or an officer of a sector OPD, named by role.</summary>
    public static readonly string[] FacilitatorRoles = [Roles.Kader, .. Roles.Sectors];

    public const string KeterampilanTag = "keterampilan";

    public static string FacilitatorList => string.Join(", ", FacilitatorRoles);

    /// <summary>The Posyandu as the module knows it — 404 when unknown or outside the caller's scope.</summary>
    public static async Task<GeneralEducationPosyandu> PosyanduAsync(this GeneralEducationDbContext db, Guid posyanduId, CancellationToken ct) =>
        await db.Posyandu.SingleOrDefaultAsync(p => p.PosyanduId == posyanduId, ct) ?? throw new NotFoundException("Posyandu");

    /// <summary>The Posyandu to record at: 422 once the registry has closed it.</summary>
    public static async Task<GeneralEducationPosyandu> ActivePosyanduAsync(this GeneralEducationDbContext db, Guid posyanduId, CancellationToken ct)
    {
        var site = await db.PosyanduAsync(posyanduId, ct);
        return site.Active ? site : throw new BusinessRuleException($"{site.Name} is no longer active (deactivated in the registry).");
    }

    /// <summary>
    /// A resident by id, wherever they live — a resident from outside the Posyandu's area may attend — 404 when unknown.
    /// Unscoped on purpose: a kader records a visitor from another Posyandu; only the resident's Posyandu and village are used.
    /// </summary>
    public static async Task<GeneralEducationResident> AnyResidentAsync(this GeneralEducationDbContext db, Guid residentId, CancellationToken ct) =>
        await db.Residents.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(r => r.ResidentId == residentId, ct)
        ?? throw new NotFoundException("Resident");

    public static IRuleBuilderOptions<T, string?> MustBeTopic<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => TopicCatalogue.Current.IsUsable(code)).WithMessage("topic must be a code of the topic catalogue (GET /api/generaleducation/topics).");

    public static IRuleBuilderOptions<T, string?> MustBeFacilitatorRole<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(role => role is not null && FacilitatorRoles.Contains(role)).WithMessage($"facilitatorRole must be one of: {FacilitatorList}.");

    /// <summary>Age in whole months on <paramref name="day"/>.</summary>
    public static int AgeMonthsOn(this GeneralEducationResident resident, DateOnly day) =>
        (day.Year - resident.BirthDate.Year) * 12 + day.Month - resident.BirthDate.Month - (day.Day < resident.BirthDate.Day ? 1 : 0);
}
