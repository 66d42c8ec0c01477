namespace Posyandu.Health.LifeCycle;

/// <summary>Why the kader refers someone to the puskesmas: the signs a Posyandu must not keep to itself.</summary>
public enum ReferralReason
{
    /// <summary>Gizi buruk (severe wasting).</summary>
    GiziBuruk,

    /// <summary>2T: weight not rising at two visits in a row (tidak naik 2 kali).</summary>
    Growth2T,

    /// <summary>BGM: weight below the red line of the KMS.</summary>
    Bgm,

    /// <summary>Pregnant woman with KEK (LiLA &lt; 23.5 cm).</summary>
    PregnancyKek,

    /// <summary>Pregnant woman with anaemia (Hb &lt; 11 g/dL).</summary>
    PregnancyAnaemia,

    /// <summary>Hypertension in pregnancy.</summary>
    PregnancyHypertension,

    Hypertension,

    DiabetesSuspicion,

    Other,
}

/// <summary>Follow-up of a referral: issued, received by the puskesmas, closed with an outcome.</summary>
public enum ReferralStatus
{
    Open,

    /// <summary>Diterima puskesmas: the person arrived at the facility.</summary>
    Arrived,

    Closed,
}

/// <summary>How a referral ended.</summary>
public enum ReferralOutcome
{
    /// <summary>Ditangani: treated or followed up by the puskesmas.</summary>
    Treated,

    /// <summary>Dirujuk lanjut: sent on to a hospital.</summary>
    ReferredOnward,

    /// <summary>Tidak datang: never went, despite the kader's follow-up.</summary>
    NotAttended,

    Other,
}

/// <summary>A referral (rujukan) from the Posyandu to a puskesmas, followed until it is closed.</summary>
public sealed class Referral : IPosyanduScoped, IVersioned
{
    public Guid Id { get; init; }

    public Guid ResidentId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    public ReferralReason ReasonCode { get; init; }

    public string Reason { get; init; } = "";

    /// <summary>The puskesmas (or other facility) referred to, by name.</summary>
    public string Facility { get; init; } = "";

    public DateOnly IssuedOn { get; init; }

    public ReferralStatus Status { get; private set; } = ReferralStatus.Open;

    public DateOnly? ArrivedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public ReferralOutcome? Outcome { get; private set; }

    public string? OutcomeNote { get; private set; }

    public int Version { get; set; }

    /// <exception cref="ConflictException">Not open (already arrived or closed).</exception>
    public void MarkArrived(DateOnly arrivedOn)
    {
        if (Status != ReferralStatus.Open)
        {
            throw new ConflictException($"The referral is {Status.ToString().ToLowerInvariant()}: only an open referral can be marked arrived.");
        }

        RequireNotBeforeIssue(arrivedOn);
        (Status, ArrivedOn) = (ReferralStatus.Arrived, arrivedOn);
    }

    /// <summary>Closes from open (e.g. never attended) or arrived.</summary>
    /// <exception cref="ConflictException">Already closed.</exception>
    public void Close(DateOnly closedOn, ReferralOutcome outcome, string? note)
    {
        if (Status == ReferralStatus.Closed)
        {
            throw new ConflictException($"The referral is already closed ({Outcome}, {ClosedOn:yyyy-MM-dd}).");
        }

        RequireNotBeforeIssue(closedOn);
        if (ArrivedOn is { } arrived && closedOn < arrived)
        {
            throw new BusinessRuleException("A referral cannot be closed before the person arrived at the facility.");
        }

        (Status, ClosedOn, Outcome, OutcomeNote) = (ReferralStatus.Closed, closedOn, outcome, note);
    }

    private void RequireNotBeforeIssue(DateOnly day)
    {
        if (day < IssuedOn)
        {
            throw new BusinessRuleException("The date is before the referral was issued.");
        }
    }
}
