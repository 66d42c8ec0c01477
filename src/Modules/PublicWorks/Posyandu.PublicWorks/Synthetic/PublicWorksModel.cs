using Bogus;
using Posyandu.PublicWorks.Features.Surveys;
using Posyandu.SharedKernel.Synthetic;

namespace Posyandu.PublicWorks.Synthetic;

/// <summary>
/// Households' water and sanitation as a Kaltim survey would find them (BPS Kalimantan Timur, Susenas: akses air minum
/// layak ~ 85–90 %, sanitasi layak ~ 75–80 %, BABS a few percent — river settlements with jamban apung): piped water
/// and bore wells most, refill water in the towns, rivers along the Mahakam; septic tanks mostly, seldom emptied.
/// </summary>
internal sealed class PublicWorksModel(Faker faker)
{
    public RecordSurvey.Body Survey(Dwelling household, DateOnly on)
    {
        var source = faker.Random.WeightedRandom(
            [WaterSource.Piped, WaterSource.BoreWellOrPump, WaterSource.ProtectedDugWell, WaterSource.Rainwater, WaterSource.PublicTap,
             WaterSource.ProtectedSpring, WaterSource.WaterTerminal, WaterSource.Bottled, WaterSource.UnprotectedDugWell, WaterSource.SurfaceWater,
             WaterSource.UnprotectedSpring, WaterSource.Vendor],
            [0.40f, 0.20f, 0.12f, 0.06f, 0.05f, 0.03f, 0.02f, 0.06f, 0.025f, 0.03f, 0.0025f, 0.0025f]);
        var members = Math.Max(household.Members, 1);
        decimal? distance = WaterSanitationRule.NeedsSepticDistance(source) ? Math.Round((decimal)Math.Clamp(faker.Normal(20, 6), 2, 200), 1) : null;
        var litres = (int)Math.Round(Math.Clamp(faker.Normal(120, 25), 20, 400) * members);
        var minutes = source is WaterSource.PublicTap or WaterSource.WaterTerminal or WaterSource.ProtectedSpring or WaterSource.SurfaceWater
            ? (int)Math.Clamp(faker.Normal(15, 8), 2, 90)
            : 0;
        var toilet = faker.Random.WeightedRandom(
            [ToiletFacility.FlushToSepticTank, ToiletFacility.FlushToPit, ToiletFacility.PitWithSlab, ToiletFacility.FlushToSewer, ToiletFacility.VentilatedPit,
             ToiletFacility.PitWithoutSlab, ToiletFacility.Hanging, ToiletFacility.FlushToOpen, ToiletFacility.None],
            [0.65f, 0.13f, 0.05f, 0.03f, 0.01f, 0.03f, 0.04f, 0.03f, 0.03f]);
        var improved = toilet is not (ToiletFacility.PitWithoutSlab or ToiletFacility.Hanging or ToiletFacility.FlushToOpen or ToiletFacility.None);
        DateOnly? emptied = toilet == ToiletFacility.FlushToSepticTank && faker.Random.Bool(0.15f) ? faker.Day(on.AddYears(-6), on) : null;
        return new RecordSurvey.Body(
            on, source, distance, litres, members, minutes,
            toilet, improved && faker.Random.Bool(0.12f), emptied,
            faker.Random.WeightedRandom([WastewaterDisposal.SoakPit, WastewaterDisposal.OpenDrain, WastewaterDisposal.GroundOrRiver, WastewaterDisposal.Sewer], [0.35f, 0.35f, 0.27f, 0.03f]),
            faker.Random.WeightedRandom([WasteHandling.Collected, WasteHandling.BankSampah, WasteHandling.Composted, WasteHandling.Burned, WasteHandling.Dumped], [0.40f, 0.08f, 0.07f, 0.35f, 0.10f]),
            faker.Random.Bool(0.75f), faker.Random.Bool(0.85f), null);
    }
}
