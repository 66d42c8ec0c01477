namespace Posyandu.PublicWorks.Domain;

/// <summary>What a surveyor records of a household's water and sanitation, and how many people live in it.</summary>
/// <param name="SourceToSepticMeters">For a well or spring: the distance to the nearest septic tank, pit or other septic point.</param>
/// <param name="WaterLitresPerDay">The household's daily use of water for drinking, cooking and hygiene, in litres.</param>
/// <param name="CollectionMinutes">Round trip to fetch water, queueing included; 0 when the source is on the premises.</param>
/// <param name="SepticLastEmptiedOn">When the septic tank was last emptied (disedot); null: never, or not known.</param>
public sealed record HouseholdConditions(
    DateOnly SurveyedOn, WaterSource WaterSource, decimal? SourceToSepticMeters, int WaterLitresPerDay, int Members, int CollectionMinutes,
    ToiletFacility Toilet, bool ToiletShared, DateOnly? SepticLastEmptiedOn, WastewaterDisposal Wastewater, WasteHandling Waste,
    bool HandwashingWithSoap, bool DrinkingWaterTreated);

/// <summary>The outcome, with its reasons: what the survey stores and what the report and the SPM count.</summary>
public sealed record WaterSanitationVerdict(
    bool WaterLayak, decimal LitresPerPersonPerDay, IReadOnlyList<string> WaterReasons,
    SanitationRung Sanitation, bool SanitationLayak, IReadOnlyList<string> SanitationReasons,
    IReadOnlyList<string> StbmPillarsMet)
{
    public bool OpenDefecation => Sanitation == SanitationRung.OpenDefecation;
}

/// <summary>
/// The one rule of a household's water and sanitation — the survey stores what it says, every page and the SPM
/// contribution read that, never recompute it.
/// <para>Drinking water is layak when (1) the main source is one the SPM air minum counts — piped, a public tap or water
/// terminal, a bore well or pump, a protected dug well or spring, rainwater (Permen PUPR 29/2018, SPAM jaringan
/// perpipaan and bukan jaringan perpipaan) — and a well or spring lies more than 10 m from a septic point; unprotected,
/// surface and bought water are not; (2) there are at least 60 litres per person per day (the SPM's "kebutuhan pokok air
/// minum sehari-hari"); and (3) fetching it takes at most 30 minutes round trip (the JMP's limit of a basic service).</para>
/// <para>Sanitation is placed on the JMP ladder: no facility is open defecation; a pit without slab, hanging latrine,
/// bucket or flush to the open is unimproved; an improved facility shared with other households is limited; not shared
/// it is basic, and safely managed when it goes to a sewer or to a septic tank emptied in the last five years (Permen
/// PUPR 04/2017 on SPALD: a tank is to be desludged at least every 3–5 years). Layak is at least basic.</para>
/// <para>The STBM pillars (Permenkes 3/2014): stop BABS (no open defecation), CTPS (handwashing with soap), PAMM-RT
/// (drinking water treated and stored safely), PS-RT (waste to a bank sampah, collected or composted), PLC-RT
/// (greywater to a sewer or a closed soak pit).</para>
/// </summary>
public static class WaterSanitationRule
{
    /// <summary>Litres per person per day the SPM air minum guarantees (Permen PUPR 29/2018). Exactly 60 meets it.</summary>
    public const int MinimumLitresPerPersonPerDay = 60;

    /// <summary>A well or spring must lie more than this many metres from a septic point; exactly 10 m is too close.</summary>
    public const decimal MinimumSepticDistanceMeters = 10m;

    /// <summary>The JMP's limit for a basic drinking-water service: 30 minutes round trip. Exactly 30 meets it.</summary>
    public const int MaximumCollectionMinutes = 30;

    /// <summary>A septic tank emptied within this many years counts as safely managed.</summary>
    public const int SafeEmptyingYears = 5;

    /// <summary>Sources drawn from the ground near the house: the septic distance decides.</summary>
    public static bool NeedsSepticDistance(WaterSource source) =>
        source is WaterSource.BoreWellOrPump or WaterSource.ProtectedDugWell or WaterSource.ProtectedSpring;

    public static WaterSanitationVerdict Judge(HouseholdConditions household)
    {
        ArgumentNullException.ThrowIfNull(household);
        if (household.Members < 1 || household.WaterLitresPerDay < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(household), "A household has at least one member and a non-negative water use.");
        }

        if (NeedsSepticDistance(household.WaterSource) && household.SourceToSepticMeters is null)
        {
            throw new ArgumentOutOfRangeException(nameof(household), "A well or spring needs its distance to the nearest septic point.");
        }

        var water = new List<string>();
        switch (household.WaterSource)
        {
            case WaterSource.UnprotectedDugWell or WaterSource.UnprotectedSpring:
                water.Add(WaterReasons.UnprotectedSource);
                break;
            case WaterSource.SurfaceWater:
                water.Add(WaterReasons.SurfaceWater);
                break;
            case WaterSource.Bottled or WaterSource.Vendor:
                water.Add(WaterReasons.BoughtWater);
                break;
        }

        if (NeedsSepticDistance(household.WaterSource) && household.SourceToSepticMeters <= MinimumSepticDistanceMeters)
        {
            water.Add(WaterReasons.SepticTooClose);
        }

        // Compared exactly (no rounding: 239 litres for four people is 59.75 L each, below 60).
        if (household.WaterLitresPerDay < MinimumLitresPerPersonPerDay * household.Members)
        {
            water.Add(WaterReasons.InsufficientQuantity);
        }

        if (household.CollectionMinutes > MaximumCollectionMinutes)
        {
            water.Add(WaterReasons.TooFar);
        }

        var rung = RungOf(household);
        List<string> sanitation = rung switch
        {
            SanitationRung.OpenDefecation => [SanitationReasons.OpenDefecation],
            SanitationRung.Unimproved => [SanitationReasons.UnimprovedFacility],
            SanitationRung.Limited => [SanitationReasons.SharedFacility],
            _ => [],
        };

        var pillars = new List<string>();
        if (rung != SanitationRung.OpenDefecation) pillars.Add(StbmPillars.StopBabs);
        if (household.HandwashingWithSoap) pillars.Add(StbmPillars.Ctps);
        if (household.DrinkingWaterTreated) pillars.Add(StbmPillars.PammRt);
        if (household.Waste is WasteHandling.BankSampah or WasteHandling.Collected or WasteHandling.Composted) pillars.Add(StbmPillars.PsRt);
        if (household.Wastewater is WastewaterDisposal.Sewer or WastewaterDisposal.SoakPit) pillars.Add(StbmPillars.PlcRt);

        return new WaterSanitationVerdict(
            water.Count == 0, Math.Round((decimal)household.WaterLitresPerDay / household.Members, 1), water,
            rung, rung is SanitationRung.SafelyManaged or SanitationRung.Basic, sanitation, pillars);
    }

    private static SanitationRung RungOf(HouseholdConditions household)
    {
        switch (household.Toilet)
        {
            case ToiletFacility.None:
                return SanitationRung.OpenDefecation;
            case ToiletFacility.PitWithoutSlab or ToiletFacility.Hanging or ToiletFacility.Bucket or ToiletFacility.FlushToOpen:
                return SanitationRung.Unimproved;
        }

        if (household.ToiletShared)
        {
            return SanitationRung.Limited;
        }

        var emptiedRecently = household.SepticLastEmptiedOn is { } emptied && emptied <= household.SurveyedOn
                              && emptied > household.SurveyedOn.AddYears(-SafeEmptyingYears);
        return household.Toilet == ToiletFacility.FlushToSewer || (household.Toilet == ToiletFacility.FlushToSepticTank && emptiedRecently)
            ? SanitationRung.SafelyManaged
            : SanitationRung.Basic;
    }
}
