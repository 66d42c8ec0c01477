using Bogus;
using Posyandu.Social.Features.Persons;
using Posyandu.Social.Features.Ppks;
using Posyandu.Social.Features.Welfare;
using Posyandu.SharedKernel.Synthetic;

namespace Posyandu.Social.Synthetic;

/// <summary>
/// Social's records through Social's own commands, at Kaltim's rates: a DTSEN check for ~90 % of households (deciles
/// 1–10; Kaltim's poverty rate ~6 % keeps the bottom deciles small), PKH/BPNT for ~10 % of households — most of them in
/// deciles 1–2 — PBI-JK for most of deciles 1–5, some BLT Dana Desa, proposals with outcomes for the bottom deciles left
/// out; ~2 % of residents with a disability (UU 8/2016), neglected elderly and children, fakir miskin, each case moved
/// along identified → verified → served → closed. Every village gets at least one person registered as vulnerable, so
/// even the tiny demo's villages show the Sosial card.
/// </summary>
internal sealed class SocialWriter : ISectorWriter
{
    private static readonly float[] DecileWeights = [0.07f, 0.08f, 0.09f, 0.1f, 0.1f, 0.11f, 0.11f, 0.11f, 0.12f, 0.11f];

    public string Module => SocialModule.ModuleName;

    public int Stream => 4;

    public async Task<IReadOnlyList<(string Kind, long Count)>> WriteAsync(SectorWriting writing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writing);
        var (services, faker, roster, progress) = (writing.Services, writing.Faker, writing.Roster, writing.Progress);
        var (from, today) = (roster.From, roster.Today);
        var lastDay = today.AddDays(-35) < from ? today : today.AddDays(-35); // most records before last month, so it is a full one
        var counts = new Dictionary<string, long> { ["dtsen checks"] = 0, ["assistance"] = 0, ["proposals"] = 0, ["disabilities"] = 0, ["ppks cases"] = 0 };
        var bar = progress("social: households", roster.Households.Count);
        await using var commands = new CommandBatch<SocialDbContext>(services);
        var offset = 0;
        var registeredIn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var household in roster.Households)
        {
            var members = roster.Members.GetRange(offset, household.Members);
            offset += household.Members;
            DateOnly Day() => faker.Day(from, lastDay);

            int? decile = null;
            if (faker.Random.Bool(0.9f))
            {
                var inDtsen = faker.Random.Bool(0.93f);
                decile = inDtsen ? faker.Random.WeightedRandom(Enumerable.Range(1, 10).ToArray(), DecileWeights) : null;
                await commands.SendAsync(new CheckDtsen(household.Id, new CheckDtsen.Body(inDtsen, decile, Day())), ct);
                counts["dtsen checks"]++;
            }

            var programmes = Programmes(faker, decile);
            foreach (var programme in programmes)
            {
                var started = Day();
                var assistance = await commands.SendAsync(new StartAssistance(household.Id, new StartAssistance.Body(programme, started, null)), ct);
                counts["assistance"]++;
                var ends = started.AddMonths(faker.Random.Int(3, 6));
                if (programme == "blt-dana-desa" && ends < today)
                {
                    await commands.SendAsync(new EndAssistance(assistance.Id, new EndAssistance.Body(ends)), ct);
                }
            }

            if (!programmes.Contains("pkh") && !programmes.Contains("bpnt") && (decile <= 4 || decile is null) && faker.Random.Bool(0.3f))
            {
                var submitted = Day();
                var kind = decile is null ? ProposalKind.AddToDtsen : ProposalKind.Programme;
                var proposal = await commands.SendAsync(new SubmitProposal(household.Id, new SubmitProposal.Body(
                    kind, kind == ProposalKind.Programme ? faker.PickRandom("pkh", "bpnt") : null, submitted, "Usulan musyawarah desa")), ct);
                counts["proposals"]++;
                var decided = submitted.AddDays(faker.Random.Int(30, 90));
                if (decided <= today && faker.Random.Bool(0.6f))
                {
                    await commands.SendAsync(new DecideProposal(proposal.Id, new DecideProposal.Body(
                        faker.Random.Bool(0.4f) ? ProposalOutcome.Accepted : ProposalOutcome.Rejected, decided, null)), ct);
                }
            }

            foreach (var member in members)
            {
                var age = member.AgeYearsOn(today);
                if (age >= 2 && faker.Random.Bool(0.02f))
                {
                    var (category, devices) = Disability(faker);
                    var severity = faker.Random.WeightedRandom([DisabilitySeverity.Mild, DisabilitySeverity.Moderate, DisabilitySeverity.Severe], [0.45f, 0.35f, 0.2f]);
                    await commands.SendAsync(new RecordDisability(member.Id, new RecordDisability.Body(category, severity, devices, Day(), null)), ct);
                    counts["disabilities"]++;
                    registeredIn.Add(household.Village);
                    if (severity != DisabilitySeverity.Mild && faker.Random.Bool(0.3f))
                    {
                        await CaseAsync(commands, faker, age < 18 ? "anak-dengan-disabilitas" : "penyandang-disabilitas", member.Id, Day(), today, true, ct);
                        counts["ppks cases"]++;
                    }
                }

                var type = age switch
                {
                    >= 60 when faker.Random.Bool(0.04f) => "lanjut-usia-terlantar",
                    < 18 when faker.Random.Bool(0.005f) => age < 5 ? "anak-balita-terlantar" : "anak-terlantar",
                    >= 18 when member == members[0] && decile == 1 && faker.Random.Bool(0.25f) => "fakir-miskin",
                    _ => null,
                };
                if (type is not null)
                {
                    if (!await CaseAsync(commands, faker, type, member.Id, Day(), today, true, ct))
                    {
                        registeredIn.Add(household.Village); // still registered: counted last month
                    }

                    counts["ppks cases"]++;
                }
            }

            bar.Advance();
        }

        // A village with nobody registered yet: its poorest-looking first household's first adult, as fakir miskin.
        offset = 0;
        foreach (var household in roster.Households)
        {
            var members = roster.Members.GetRange(offset, household.Members);
            offset += household.Members;
            if (!registeredIn.Contains(household.Village) && members.FirstOrDefault(m => m.AgeYearsOn(today) >= 18) is { } adult)
            {
                await CaseAsync(commands, faker, "fakir-miskin", adult.Id, faker.Day(from, lastDay), today, false, ct);
                counts["ppks cases"]++;
                registeredIn.Add(household.Village);
            }
        }

        await commands.CommitAsync(ct);
        bar.Finish();
        return [.. counts.Select(c => (c.Key, c.Value))];
    }

    /// <summary>A case identified on a day and, when <paramref name="progress"/>, moved along: ~70 % verified within a month, half of those served, a third of those closed. True when it ended closed.</summary>
    private static async Task<bool> CaseAsync(
        CommandBatch<SocialDbContext> commands, Faker faker, string type, Guid resident, DateOnly on, DateOnly today, bool progress, CancellationToken ct)
    {
        var ppks = await commands.SendAsync(new IdentifyPpks(type, resident, null, on, faker.PickRandom<PpksSource>(), null), ct);
        if (!progress)
        {
            return false;
        }

        var day = on;
        foreach (var (to, chance, days) in new[] { (PpksStatus.Verified, 0.7f, 30), (PpksStatus.Served, 0.5f, 60), (PpksStatus.Closed, 0.33f, 90) })
        {
            day = day.AddDays(faker.Random.Int(5, days));
            if (day > today || !faker.Random.Bool(chance))
            {
                return false;
            }

            await commands.SendAsync(new MovePpksCase(ppks.Id, new MovePpksCase.Body(to, day, null)), ct);
        }

        return true;
    }

    private static List<string> Programmes(Faker faker, int? decile)
    {
        var programmes = new List<string>();
        if (decile <= 2)
        {
            if (faker.Random.Bool(0.4f)) programmes.Add("pkh");
            if (faker.Random.Bool(0.45f)) programmes.Add("bpnt");
        }
        else if (decile <= 4 && faker.Random.Bool(0.12f))
        {
            programmes.Add("bpnt");
        }

        if (decile <= 5 && faker.Random.Bool(0.7f)) programmes.Add("pbi-jk");
        if (!programmes.Contains("pkh") && faker.Random.Bool(0.04f)) programmes.Add("blt-dana-desa");
        if (decile <= 3 && faker.Random.Bool(0.05f)) programmes.Add("bansos-daerah");
        return programmes;
    }

    private static (DisabilityCategory Category, AssistiveDevice[] Devices) Disability(Faker faker)
    {
        var category = faker.Random.WeightedRandom(
            [DisabilityCategory.Fisik, DisabilityCategory.Sensorik, DisabilityCategory.Intelektual, DisabilityCategory.Mental, DisabilityCategory.Ganda],
            [0.4f, 0.25f, 0.12f, 0.13f, 0.1f]);
        AssistiveDevice[] devices = category switch
        {
            DisabilityCategory.Fisik => [faker.PickRandom(AssistiveDevice.Wheelchair, AssistiveDevice.Crutches, AssistiveDevice.WalkingStick, AssistiveDevice.ProstheticLeg)],
            DisabilityCategory.Sensorik => [faker.PickRandom(AssistiveDevice.HearingAid, AssistiveDevice.WhiteCane, AssistiveDevice.LowVisionAid)],
            DisabilityCategory.Ganda => [AssistiveDevice.Wheelchair, AssistiveDevice.HearingAid],
            _ => [],
        };
        return (category, devices);
    }
}
