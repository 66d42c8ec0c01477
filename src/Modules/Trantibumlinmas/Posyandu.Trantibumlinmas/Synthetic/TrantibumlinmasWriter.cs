using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Synthetic;
using Posyandu.Trantibumlinmas.Catalogue;
using Posyandu.Trantibumlinmas.Features.Incidents;
using Posyandu.Trantibumlinmas.Features.Preparedness;
using Posyandu.Trantibumlinmas.Features.Protection;

namespace Posyandu.Trantibumlinmas.Synthetic;

/// <summary>
/// Satpol PP and BPBD's records through the module's own commands, per village with a Posyandu: its hazards (flood and
/// landslide along the Mahakam, forest and land fire inland — BNPB's InaRISK for Kaltim), hazard information given at
/// about 85 % of villages in the window's first months, an evacuation point, one or two poskamling checked at the start
/// (about 80 % aktif) with their ronda every month, two or three linmas members, APAR and a kentongan; and a few incidents
/// a year (mostly banjir, kebakaran, gangguan ketertiban; now and then a sensitive one, whose approval then waits for the
/// village head), most handled within the type's hours, some escalated.
/// </summary>
internal sealed class TrantibumlinmasWriter : ISectorWriter
{
    private static readonly string[] Hazards = ["banjir", "tanah-longsor", "karhutla", "kebakaran-permukiman", "cuaca-ekstrem", "kekeringan"];

    private static readonly string[] IncidentTypes =
        ["banjir", "kebakaran", "gangguan-ketertiban", "kriminalitas", "tanah-longsor", "angin-puting-beliung", "karhutla", "konflik-sosial", "kdrt", "narkoba"];

    private static readonly float[] IncidentWeights = [0.22f, 0.16f, 0.16f, 0.12f, 0.08f, 0.07f, 0.07f, 0.04f, 0.05f, 0.03f];

    public string Module => TrantibumlinmasModule.ModuleName;

    public int Stream => 7;

    public async Task<IReadOnlyList<(string Kind, long Count)>> WriteAsync(SectorWriting writing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writing);
        var (services, faker, roster, progress) = (writing.Services, writing.Faker, writing.Roster, writing.Progress);
        var sites = await PosyanduByVillageAsync(services, ct);
        var villagers = roster.Members.GroupBy(m => m.Village).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var (hazards, informed, posts, patrols, members, equipment, incidents, sensitive) = (0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        var start = roster.From;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var bar = progress("trantibumlinmas: villages", sites.Count);
        await using var commands = new CommandBatch<TrantibumlinmasDbContext>(services);
        foreach (var (village, posyandu) in sites)
        {
            var people = villagers.GetValueOrDefault(village) ?? [];
            var adults = people.Where(m => m.AgeYearsOn(roster.Today) is >= 20 and <= 55).ToList();
            var (lat, lon) = (faker.Random.Double(-2.2, 2.2), faker.Random.Double(114.5, 118.8));

            var exposed = faker.Random.ListItems(Hazards, faker.Random.Int(1, 3));
            foreach (var hazard in exposed)
            {
                await commands.SendAsync(new SetVillageHazard(village, hazard,
                    new SetVillageHazard.Body(faker.PickRandom<RiskLevel>(), start, null)), ct);
                hazards++;
            }

            if (faker.Random.Bool(0.85f))
            {
                await commands.SendAsync(new RecordHazardInformation(village, new RecordHazardInformation.Body(
                    exposed[0], faker.Day(start, start.AddDays(60) < roster.Today ? start.AddDays(60) : roster.Today), faker.PickRandom<InformationMethod>(), faker.Random.Int(10, 120))), ct);
                informed++;
            }

            await commands.SendAsync(new AddEvacuationPoint(village, new AddEvacuationPoint.Body("Balai desa", lat, lon, faker.Random.Int(50, 400))), ct);
            for (var n = faker.Random.Int(1, 2); n > 0; n--)
            {
                var post = await commands.SendAsync(new RegisterPoskamling(village, new RegisterPoskamling.Body(
                    $"Poskamling RT {faker.Random.Int(1, 12):D2}", lat + faker.Random.Double(-0.01, 0.01), lon + faker.Random.Double(-0.01, 0.01),
                    faker.Random.Bool(0.8f) ? PoskamlingStatus.Aktif : faker.PickRandom(PoskamlingStatus.TidakAktif, PoskamlingStatus.Rusak), start)), ct);
                posts++;
                if (post.Status != PoskamlingStatus.Aktif)
                {
                    continue;
                }

                for (var month = Period.Of(start); month < Period.Of(roster.Today); month = month.Next())
                {
                    await commands.SendAsync(new RecordPatrol(post.Id, month.ToString(), new RecordPatrol.Body(faker.Random.Int(4, 20), faker.Random.Int(4, 16))), ct);
                    patrols++;
                }
            }

            foreach (var member in adults.Take(faker.Random.Int(2, 3)))
            {
                await commands.SendAsync(new AddLinmasMember(village, new AddLinmasMember.Body(member.Id, members % 3 == 0 ? LinmasPosition.Komandan : LinmasPosition.Anggota, start)), ct);
                members++;
            }

            await commands.SendAsync(new AddEquipment(village, new AddEquipment.Body(EquipmentKind.Apar, "Balai desa", faker.Random.Int(1, 3),
                faker.Day(start, roster.Today), true, roster.Today.AddMonths(faker.Random.Int(-2, 12)))), ct);
            await commands.SendAsync(new AddEquipment(village, new AddEquipment.Body(EquipmentKind.Kentongan, "Poskamling", 1, start, true, null)), ct);
            equipment += 2;

            for (var n = faker.Random.Int(0, 4); n > 0 && people.Count > 0; n--)
            {
                var code = faker.Random.WeightedRandom(IncidentTypes, IncidentWeights);
                var type = TrantibCatalogue.Current.Type(code)!;
                var occurred = new DateTimeOffset(faker.Day(start, roster.Today.AddDays(-1)).ToDateTime(new TimeOnly(faker.Random.Int(0, 23), faker.Random.Int(0, 59))), TimeSpan.FromHours(8));
                var handled = faker.Random.Bool(0.85f) ? occurred.AddHours(faker.Random.Double(0.2, type.SlaHours * 1.3)) : (DateTimeOffset?)null;
                if (handled > now)
                {
                    handled = null;
                }

                var located = faker.Random.Bool(0.6f);
                var incident = await commands.SendAsync(new ReportIncident(new ReportIncident.Body(
                    code, posyandu, occurred, located ? lat + faker.Random.Double(-0.02, 0.02) : null, located ? lon + faker.Random.Double(-0.02, 0.02) : null,
                    $"Laporan {type.Name.ToLowerInvariant()}",
                    handled is null ? null : "Ditangani linmas dan aparat desa", handled, new ReportIncident.Reporter(faker.PickRandom(people).Id, null, null))), ct);
                incidents++;
                sensitive += type.Sensitive ? 1 : 0;
                if (!type.Sensitive && handled is not null && faker.Random.Bool(0.2f))
                {
                    await commands.SendAsync(new EscalateIncident(incident.Id, new EscalateIncident.Body(type.EscalateTo == "polisi" ? EscalationTarget.Polisi : EscalationTarget.Opd), null), ct);
                }
            }

            bar.Advance();
        }

        await commands.CommitAsync(ct);
        bar.Finish();
        return [("village hazards", hazards), ("hazard information given", informed), ("poskamling", posts), ("ronda months", patrols),
            ("linmas members", members), ("safety equipment", equipment), ("incidents", incidents), ("of them sensitive", sensitive)];
    }

    private static async Task<List<(string Village, Guid Posyandu)>> PosyanduByVillageAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrantibumlinmasDbContext>();
        var sites = await db.Posyandu.IgnoreQueryFilters().AsNoTracking().Where(p => p.Active).Select(p => new { p.RegionCode, p.PosyanduId }).ToListAsync(ct);
        return sites.GroupBy(p => p.RegionCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(p => p.PosyanduId).Order().First())).ToList();
    }
}
