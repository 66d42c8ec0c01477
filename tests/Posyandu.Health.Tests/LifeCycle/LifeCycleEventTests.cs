using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Health.Persistence;
using Posyandu.SharedKernel.Messaging;
using Posyandu.Testing;

namespace Posyandu.Health.Tests.LifeCycle;

/// <summary>Health's life-cycle events reach a consumer through the outbox once each, with their facts intact.</summary>
public sealed class LifeCycleEventTests
{
    [Test]
    public async Task Each_life_cycle_event_reaches_a_consumer_exactly_once_even_when_redelivered()
    {
        await using var world = await LifeCycleWorld.StartAsync(m => m.Add(new LifeCycleListenerModule()));
        var siti = await world.ResidentAsync("Siti Aminah", "female", "1990-02-14");
        var kader = world.Kader;
        var pregnancy = await LifeCycleWorld.IdOf(await kader.PostJson("/api/health/pregnancies", new { residentId = siti, hpht = "2026-08-01", registeredOn = "2026-11-10", muacCm = 23.0 }));
        await LifeCycleWorld.IdOf(await kader.PostJson($"/api/health/pregnancies/{pregnancy}/checks", new { checkedOn = "2026-11-20", hbGPerDl = 10.5, ironTabletsGiven = 30 }));
        var referral = await LifeCycleWorld.IdOf(await kader.PostJson("/api/health/referrals",
            new { residentId = siti, reasonCode = "pregnancyAnaemia", reason = "Hb 10,5", facility = "Puskesmas Muara Muntai", issuedOn = "2026-11-20" }));
        await (await kader.PostJson($"/api/health/referrals/{referral}/close", new { closedOn = "2026-11-24", outcome = "notAttended" })).ShouldBe<object>(HttpStatusCode.OK);
        await (await kader.PostJson($"/api/health/pregnancies/{pregnancy}/close", new { outcome = "miscarriage", endedOn = "2026-11-24" })).ShouldBe<object>(HttpStatusCode.OK);
        await LifeCycleWorld.IdOf(await kader.PostJson($"/api/health/residents/{siti}/screenings", new { screenedOn = "2026-11-24", systolicMmHg = 120, diastolicMmHg = 80 }));

        var dispatcher = world.Host.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DispatchAsync("health", CancellationToken.None);
        await using (var scope = world.Host.Services.CreateAsyncScope())
        {
            // Redeliver everything, as after a crash before the outbox was marked.
            await scope.ServiceProvider.GetRequiredService<HealthDbContext>().OutboxMessages.ExecuteUpdateAsync(m => m.SetProperty(x => x.Status, OutboxStatus.Pending));
        }

        await dispatcher.DispatchAsync("health", CancellationToken.None);

        await using var check = world.Host.Services.CreateAsyncScope();
        var seen = await check.ServiceProvider.GetRequiredService<LifeCycleListenerDbContext>().Seen.OrderBy(s => s.Id).Select(s => new { s.Kind, s.SubjectId, s.Facts }).ToListAsync();
        Assert.That(seen.Select(s => s.Kind), Is.EquivalentTo(new[]
        {
            "PregnancyRegistered", "AntenatalCheckRecorded", "ReferralIssued", "ReferralClosed", "PregnancyClosed", "ScreeningRecorded",
        }));
        Assert.That(seen.Single(s => s.Kind == "PregnancyRegistered").Facts, Is.EqualTo("2026-11 2026-11-10 weeks=14 due=2027-05-08 kek=True age=True"), "36 years: terlalu tua");
        Assert.That(seen.Single(s => s.Kind == "AntenatalCheckRecorded").Facts, Is.EqualTo("2026-11 weeks=15 kek= anaemia=True hypertension= ttd=30"));
        Assert.That(seen.Single(s => s.Kind == "ReferralIssued").Facts, Is.EqualTo("2026-11 pregnancyAnaemia 64.02.01.2001"));
        Assert.That(seen.Single(s => s.Kind == "ReferralClosed").Facts, Is.EqualTo("2026-11 notAttended arrived=False"));
        Assert.That(seen.Single(s => s.Kind == "PregnancyClosed").Facts, Is.EqualTo("2026-11 miscarriage 2026-11-24"));
        Assert.That(seen.Single(s => s.Kind == "ScreeningRecorded").Facts, Is.EqualTo("2026-11 adult female 36 hypertension=False obesity= central= diabetes="));
    }
}
