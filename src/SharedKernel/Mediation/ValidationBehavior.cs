using FluentValidation;
using MediatR;
using Posyandu.SharedKernel.Errors;

namespace Posyandu.SharedKernel.Mediation;

/// <summary>
/// Runs every FluentValidation validator of the request before its handler; failures become one 400 with
/// per-field errors keyed by the camelCase property path, the same names the client sent.
/// </summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    private readonly IValidator<TRequest>[] _validators = validators.ToArray();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (_validators.Length > 0)
        {
            var context = new ValidationContext<TRequest>(request);
            var failures = new List<FluentValidation.Results.ValidationFailure>();
            foreach (var validator in _validators)
            {
                var result = await validator.ValidateAsync(context, cancellationToken).ConfigureAwait(false);
                failures.AddRange(result.Errors);
            }

            if (failures.Count > 0)
            {
                throw new RequestValidationException(failures
                    .GroupBy(f => JsonPath.CamelCase(f.PropertyName))
                    .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray()));
            }
        }

        return await next().ConfigureAwait(false);
    }
}
