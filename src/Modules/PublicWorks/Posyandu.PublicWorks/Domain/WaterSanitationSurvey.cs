namespace Posyandu.PublicWorks.Domain;

/// <summary>
/// One survey of a household's water and sanitation, with the verdict as <see cref="WaterSanitationRule"/> computed it
/// then — stored, so a later change of the rule does not rewrite history. The household's state on a day is its latest
/// survey by then (<see cref="SurveyStatus"/>): a later survey supersedes an earlier one.
/// </summary>
public sealed class WaterSanitationSurvey : IPosyanduScoped
{
    public const int MaxMembers = 100;

    /// <summary>A generous bound on a household's daily water use (a small business at home included).</summary>
    public const int MaxLitresPerDay = 100_000;

    public const decimal MaxSepticDistanceMeters = 10_000m;

    public const int MaxCollectionMinutes = 24 * 60;

    private WaterSanitationSurvey()
    {
    }

    public Guid Id { get; private set; }

    public Guid HouseholdId { get; private set; }

    public Guid PosyanduId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly SurveyedOn { get; private set; }

    /// <summary>When it was recorded (UTC): of two surveys on the same day, the later recorded is in force.</summary>
    public DateTime RecordedAt { get; private set; }

    public WaterSource WaterSource { get; private set; }

    public decimal? SourceToSepticMeters { get; private set; }

    public int WaterLitresPerDay { get; private set; }

    public int Members { get; private set; }

    /// <summary>True when the surveyor gave no number and the registry's living residents were counted.</summary>
    public bool MembersFromRegistry { get; private set; }

    public int CollectionMinutes { get; private set; }

    public ToiletFacility Toilet { get; private set; }

    public bool ToiletShared { get; private set; }

    public DateOnly? SepticLastEmptiedOn { get; private set; }

    public WastewaterDisposal Wastewater { get; private set; }

    public WasteHandling Waste { get; private set; }

    public bool HandwashingWithSoap { get; private set; }

    public bool DrinkingWaterTreated { get; private set; }

    public bool WaterLayak { get; private set; }

    public decimal LitresPerPersonPerDay { get; private set; }

    public List<string> WaterReasons { get; private set; } = [];

    public SanitationRung Sanitation { get; private set; }

    public bool SanitationLayak { get; private set; }

    public List<string> SanitationReasons { get; private set; } = [];

    public bool OpenDefecation { get; private set; }

    public List<string> StbmPillarsMet { get; private set; } = [];

    public string? Note { get; private set; }

    /// <summary>Judges <paramref name="conditions"/> with the one rule and keeps the verdict with them.</summary>
    public static WaterSanitationSurvey Record(
        PublicWorksHousehold household, HouseholdConditions conditions, bool membersFromRegistry, string? note, DateTime recordedAt)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(conditions);
        var verdict = WaterSanitationRule.Judge(conditions);
        return new WaterSanitationSurvey
        {
            Id = Guid.CreateVersion7(), HouseholdId = household.HouseholdId, PosyanduId = household.PosyanduId, RegionCode = household.RegionCode,
            SurveyedOn = conditions.SurveyedOn, RecordedAt = recordedAt,
            WaterSource = conditions.WaterSource, SourceToSepticMeters = conditions.SourceToSepticMeters, WaterLitresPerDay = conditions.WaterLitresPerDay,
            Members = conditions.Members, MembersFromRegistry = membersFromRegistry, CollectionMinutes = conditions.CollectionMinutes,
            Toilet = conditions.Toilet, ToiletShared = conditions.ToiletShared, SepticLastEmptiedOn = conditions.SepticLastEmptiedOn,
            Wastewater = conditions.Wastewater, Waste = conditions.Waste,
            HandwashingWithSoap = conditions.HandwashingWithSoap, DrinkingWaterTreated = conditions.DrinkingWaterTreated,
            WaterLayak = verdict.WaterLayak, LitresPerPersonPerDay = verdict.LitresPerPersonPerDay, WaterReasons = [.. verdict.WaterReasons],
            Sanitation = verdict.Sanitation, SanitationLayak = verdict.SanitationLayak, SanitationReasons = [.. verdict.SanitationReasons],
            OpenDefecation = verdict.OpenDefecation, StbmPillarsMet = [.. verdict.StbmPillarsMet],
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
    }
}

internal sealed class WaterSanitationSurveyConfiguration : IEntityTypeConfiguration<WaterSanitationSurvey>
{
    public void Configure(EntityTypeBuilder<WaterSanitationSurvey> builder)
    {
        builder.ToTable("water_sanitation_surveys");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.RegionCode).HasMaxLength(13);
        builder.Property(s => s.WaterSource).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Toilet).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Wastewater).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Waste).HasConversion<string>().HasMaxLength(12);
        builder.Property(s => s.Sanitation).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.SourceToSepticMeters).HasPrecision(7, 1);
        builder.Property(s => s.LitresPerPersonPerDay).HasPrecision(9, 1);
        builder.Property(s => s.Note).HasMaxLength(1000);
        // Primitive collections: EF keeps each as a JSON array column on both providers.
        builder.PrimitiveCollection(s => s.WaterReasons).HasMaxLength(200);
        builder.PrimitiveCollection(s => s.SanitationReasons).HasMaxLength(100);
        builder.PrimitiveCollection(s => s.StbmPillarsMet).HasMaxLength(100);
        builder.HasIndex(s => new { s.HouseholdId, s.SurveyedOn });
        builder.HasIndex(s => new { s.PosyanduId, s.SurveyedOn });
        builder.HasIndex(s => s.RegionCode);
    }
}

/// <summary>
/// The one reading of a household's survey history: the survey in force on a day is the latest surveyed by then (the
/// later recorded of two on the same day, then the greater id). None by then: the household is "belum disurvei" —
/// neither layak nor not.
/// </summary>
public static class SurveyStatus
{
    public static WaterSanitationSurvey? InForce(DateOnly day, IEnumerable<WaterSanitationSurvey> surveys)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        return surveys.Where(s => s.SurveyedOn <= day)
            .OrderByDescending(s => s.SurveyedOn).ThenByDescending(s => s.RecordedAt).ThenByDescending(s => s.Id)
            .FirstOrDefault();
    }
}
