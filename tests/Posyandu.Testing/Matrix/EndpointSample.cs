using System.Net.Http.Json;

namespace Posyandu.Testing.Matrix;

/// <summary>What a caller of the right role but outside the record's region gets.</summary>
public enum OutsideScope
{
    /// <summary>Reference or operator data with no region: the call succeeds like inside.</summary>
    NotRegionBound,

    /// <summary>The record is invisible: 404.</summary>
    NotFound,

    /// <summary>A list that comes back empty.</summary>
    EmptyList,

    /// <summary>A write into a region outside the caller's scope: 403 or 404.</summary>
    Refused,
}

/// <summary>
/// A request that succeeds for an allowed role inside the seeded region (<see cref="MatrixWorld.Village"/>), and what
/// the same role gets from outside it. Every endpoint a module maps needs one, declared by the module's own matrix
/// (<see cref="AuthorizationMatrix"/>): the matrix fails for a new endpoint until its sample is added.
/// </summary>
public sealed record EndpointSample(string Method, string Pattern, Func<MatrixWorld, HttpRequestMessage> Request, OutsideScope Outside)
{
    public static EndpointSample Get(string pattern, Func<MatrixWorld, string> url, OutsideScope outside) =>
        new("GET", pattern, world => new HttpRequestMessage(HttpMethod.Get, url(world)), outside);

    public static EndpointSample Post(string pattern, Func<MatrixWorld, string> url, Func<MatrixWorld, object>? body, OutsideScope outside) =>
        Send("POST", pattern, url, body, outside);

    public static EndpointSample Send(string method, string pattern, Func<MatrixWorld, string> url, Func<MatrixWorld, object>? body, OutsideScope outside) =>
        new(method, pattern, world => new HttpRequestMessage(new HttpMethod(method), url(world))
        {
            Content = body is null ? null : JsonContent.Create(body(world)),
        }, outside);

    /// <summary>A document upload (the service-request attachment endpoints take PDF/JPEG/PNG only).</summary>
    public static EndpointSample Upload(string pattern, Func<MatrixWorld, string> url, OutsideScope outside) =>
        new("PUT", pattern, world => new HttpRequestMessage(HttpMethod.Put, url(world))
        {
            Content = new ByteArrayContent("%PDF-1.4 sample"u8.ToArray()) { Headers = { ContentType = new("application/pdf") } },
        }, outside);
}
