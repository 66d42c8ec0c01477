namespace Posyandu.Health.LifeCycle;

/// <summary>How a pregnancy ended.</summary>
public enum PregnancyOutcome
{
    /// <summary>Persalinan: a birth (live or still).</summary>
    Birth,

    /// <summary>Keguguran.</summary>
    Miscarriage,

    /// <summary>Anything else (e.g. moved away, lost to follow-up).</summary>
    Other,
}

/// <summary>
/// A pregnancy (kehamilan) followed at a Posyandu, dated from HPHT. The risk flags are sticky: once an antenatal
/// check shows KEK, anaemia or hypertension, the pregnancy stays marked so the kader keeps following it up.
/// </summary>
public sealed class Pregnancy : IPosyanduScoped, IVersioned
{
    public Guid Id { get; init; }

    public Guid ResidentId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    /// <summary>Hari pertama haid terakhir.</summary>
    public DateOnly Hpht { get; init; }

    /// <summary>Taksiran persalinan (Naegele).</summary>
    public DateOnly EstimatedDueDate { get; init; }

    public DateOnly RegisteredOn { get; init; }

    public int GestationalWeeksAtRegistration { get; init; }

    public int MotherAgeYears { get; init; }

    /// <summary>4T age risk: mother under 20 or over 35.</summary>
    public bool AgeRisk { get; init; }

    /// <summary>LiLA at registration (first contact), if measured.</summary>
    public double? MuacCmAtRegistration { get; init; }

    public bool KekRisk { get; set; }

    public bool Anaemia { get; set; }

    public bool Hypertension { get; set; }

    public PregnancyOutcome? Outcome { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public int Version { get; set; }

    public bool Ongoing => Outcome is null;

    /// <exception cref="ConflictException">The pregnancy is already closed.</exception>
    public void Close(PregnancyOutcome outcome, DateOnly endedOn)
    {
        if (!Ongoing)
        {
            throw new ConflictException($"The pregnancy is already closed ({Outcome}, {EndedOn:yyyy-MM-dd}).");
        }

        if (endedOn < Hpht)
        {
            throw new BusinessRuleException("A pregnancy cannot end before its HPHT.");
        }

        (Outcome, EndedOn) = (outcome, endedOn);
    }

    /// <summary>Carries a check's flags over to the pregnancy (they never clear).</summary>
    public void Note(AntenatalCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        KekRisk |= check.KekRisk == true;
        Anaemia |= check.Anaemia == true;
        Hypertension |= check.Hypertension == true;
    }
}
