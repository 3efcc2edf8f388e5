import { fireEvent, render, screen } from '@testing-library/react'
import { ClaimTimelineSlider } from '@/components/lesson/claim-timeline-slider'
import { timelineFacts } from './timeline-facts'

const facts = timelineFacts

describe('ClaimTimelineSlider', () => {
  it('starts at the issue time, valid, and expires when moved past exp', () => {
    render(<ClaimTimelineSlider {...facts} />)
    expect(screen.getByRole('status')).toHaveTextContent('Valid')
    fireEvent.change(screen.getByRole('slider', { name: 'Clock' }), {
      target: { value: String(facts.exp) },
    })
    expect(screen.getByRole('status')).toHaveTextContent('Expired')
  })

  it('starts where the still picture’s slider was moved before the widget was live', () => {
    render(<ClaimTimelineSlider {...facts} typed={{ now: String(facts.exp + 60) }} />)
    expect(screen.getByRole('slider', { name: 'Clock' })).toHaveValue(String(facts.exp + 60))
    expect(screen.getByRole('status')).toHaveTextContent('Expired')
  })
})
