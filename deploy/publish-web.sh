#!/usr/bin/env bash
# Publishes the web client (web/) to a deployed stack: writes config.json from the stack's outputs, uploads the
# files to the stack's bucket and invalidates CloudFront's copies. See docs/deploy.md, "Publishing the web client".
#   deploy/publish-web.sh kundportal-dev            (region eu-north-1)
#   deploy/publish-web.sh kundportal-prod eu-north-1
set -euo pipefail
stack=${1:?"usage: deploy/publish-web.sh <stack-name> [region]"}
region=${2:-eu-north-1}
cd "$(dirname "$0")/.."

output() {
  aws cloudformation describe-stacks --region "$region" --stack-name "$stack" \
    --query "Stacks[0].Outputs[?OutputKey=='$1'].OutputValue | [0]" --output text
}
bucket=$(output WebBucketName)
distribution=$(output WebDistributionId)
client=$(output UserPoolClientId)
for value in "$bucket" "$distribution" "$client"; do
  if [ -z "$value" ] || [ "$value" = None ]; then
    echo "publish-web: stack $stack in $region lacks an output (WebBucketName, WebDistributionId, UserPoolClientId)" >&2
    exit 1
  fi
done

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R web/. "$staging"/
rm -f "$staging/README.md"
# The client's settings (web/app/config.js): no cognitoEndpoint, so it calls the region's Cognito; no BankID simulator.
jq -n --arg client "$client" --arg region "$region" '{userPoolClientId: $client, region: $region}' \
  > "$staging/config.json"

# No file name carries a content hash, so every file is revalidated (ETag) rather than cached for long.
aws s3 sync "$staging" "s3://$bucket" --region "$region" --delete --only-show-errors \
  --cache-control "no-cache"
aws cloudfront create-invalidation --distribution-id "$distribution" --paths "/*" \
  --query Invalidation.Id --output text
echo "published web/ to s3://$bucket; https://$(aws cloudfront get-distribution --id "$distribution" \
  --query Distribution.DomainName --output text)"
