using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Social.Subscriptions;

/// <summary>
/// Social's signals from the other sectors (child growth, RTLH houses, out-of-school cases) are read models: a rebuild
/// empties them and replays Health's, Housing's and Education's events (<c>rebuild-read-models social</c>). The
/// registry replicas (residents, households, Posyandu) are not emptied — Social's own records (PPKS cases, welfare)
/// refer to them — but their events are replayed too, and those projectors upsert to the latest fact, so they end as
/// live delivery left them.
/// </summary>
internal sealed class SocialReadModelReset : IReadModelReset
{
    public string Module => SocialModule.ModuleName;

    public async Task ResetAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        var social = (SocialDbContext)db;
        await social.ChildGrowthSignals.ExecuteDeleteAsync(cancellationToken);
        await social.HouseSignals.ExecuteDeleteAsync(cancellationToken);
        await social.OutOfSchoolSignals.ExecuteDeleteAsync(cancellationToken);
    }
}
