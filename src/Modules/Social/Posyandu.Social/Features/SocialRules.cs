namespace Posyandu.Social.Features;

/// <summary>Who may read the sector's records, and the look-ups every feature starts from.</summary>
internal static class SocialRules
{
    /// <summary>
    /// Dinas Sosial, DPMD and the kader: the catalogues. Records of persons (PPKS, disability, welfare, left-out) are
    /// read only by Dinas Sosial, DPMD and a kader who serves social (<c>RequireSectorReaders(Roles.Social, …)</c>; UU
    /// 27/2022: data on a person's disability or social problems is specific personal data). Other sector OPDs get 403.
    /// </summary>
    public static readonly string[] Readers = [Roles.Social, Roles.Dpmd, Roles.Kader];

    /// <summary>Dinas Sosial and DPMD: region-wide lists and reports.</summary>
    public static readonly string[] Offices = [Roles.Social, Roles.Dpmd];

    /// <summary>
    /// A kader sees a person's PPKS case or disability record only if they recorded it (within their Posyandu, which the
    /// query filter already enforces); Dinas Sosial, DPMD and admin see every record in their scope.
    /// </summary>
    public static bool MaySeeDetails(this ICurrentUser user, string recordedBy) =>
        !user.IsInRole(Roles.Kader) || user.IsInRole(Roles.Social) || user.IsInRole(Roles.Dpmd) || user.IsInRole(Roles.Admin) || user.Id == recordedBy;

    /// <summary>Whether the caller sees only what they recorded (a kader).</summary>
    public static bool SeesOwnRecordsOnly(this ICurrentUser user) => !user.MaySeeDetails("\0");

    public static async Task<SocialHousehold> HouseholdAsync(this SocialDbContext db, Guid householdId, CancellationToken ct) =>
        await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.HouseholdId == householdId, ct) ?? throw new NotFoundException("Household");

    /// <summary>A living resident as Social knows them — 404 when unknown, dead or outside the caller's scope.</summary>
    public static async Task<SocialResident> LivingResidentAsync(this SocialDbContext db, Guid residentId, CancellationToken ct) =>
        await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.ResidentId == residentId && r.Alive, ct) ?? throw new NotFoundException("Resident");

    public static string? Clean(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Records are dated 1900..2199 and never after today.</summary>
    public static IRuleBuilderOptions<T, DateOnly> RecordDay<T>(this IRuleBuilder<T, DateOnly> rule, string field, TimeProvider time) =>
        rule.NotEqual(default(DateOnly)).WithMessage($"{field} is required.")
            .Must(day => day.Year >= 1900 && day <= time.Today()).WithMessage($"{field} must lie between 1900-01-01 and today.");
}
